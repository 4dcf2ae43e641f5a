package org.cspdesk.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedLocationTest {

    @Test
    void thePublicBaseUrlIsAnHttpAddressWithoutItsTrailingSlash() {
        assertThat(TrustedLocation.validated("https://cspdesk.example.com/")).isEqualTo("https://cspdesk.example.com");
        assertThat(TrustedLocation.validated(" http://10.0.0.5:8080/desk ")).isEqualTo("http://10.0.0.5:8080/desk");
    }

    @Test
    void aPublicBaseUrlThatIsNoHttpAddressIsRefusedAtStart() {
        for (String bad : new String[]{"cspdesk.example.com", "/v1", "ftp://cspdesk.example.com",
                "https://cspdesk.example.com/?x=1", "https://cspdesk.example.com/#top"}) {
            assertThatThrownBy(() -> TrustedLocation.validated(bad)).as(bad).isInstanceOf(IllegalStateException.class);
        }
    }
}
