package org.cspdesk.dashboard.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page's Content-Security-Policy allows exactly its import map, by hash, and nothing else inline. */
class PageHeadersTest {

    @Test
    void theImportMapIsAllowedByTheHashOfItsExactText() throws Exception {
        String map = "\n  {\"imports\": {\"lit\": \"/webjars/lit/3.3.2/index.js\"}}\n  ";
        String policy = PageHeaders.of("<head><script type=\"importmap\">" + map + "</script></head>").contentSecurityPolicy();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(map.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("script-src 'self' 'sha256-" + hash + "';")
                .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("style-src 'self';")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void aPageWithoutAnImportMapIsAMistake() {
        assertThatThrownBy(() -> PageHeaders.of("<html></html>")).isInstanceOf(IllegalStateException.class);
    }
}
