package org.cspdesk.dashboard.internal;

import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers of the dashboard's page. The Content-Security-Policy allows no inline script but the import map,
 * named by the SHA-256 of its text as the browser hashes it (everything between the tags), computed from the
 * {@code index.html} being served, so the hash can never lag behind an edit of the page.
 */
public record PageHeaders(String contentSecurityPolicy) {
    private static final Pattern IMPORT_MAP =
            Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    public static PageHeaders of(String indexHtml) {
        Matcher importMap = IMPORT_MAP.matcher(indexHtml);
        if (!importMap.find()) {
            throw new IllegalStateException("index.html has no <script type=\"importmap\">");
        }
        return new PageHeaders("default-src 'self'; script-src 'self' 'sha256-" + sha256(importMap.group(1)) + "'; "
                + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    }

    void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-cache");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
