package org.cspdesk.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the identity provider sends the browser back after signing in (CSPDESK_OIDC_REDIRECT_URI). */
class SignInSettingsTest {

    @Test
    void theConfiguredRedirectUriWinsOverEverythingElse() {
        SignInSettings settings = settings(Optional.of("https://desk.partner.example/auth/callback"),
                Optional.of("https://other.example"));
        assertThat(settings.redirectUri("http", "localhost", 8282)).contains("https://desk.partner.example/auth/callback");
    }

    @Test
    void withoutItThePublicBaseUrlNamesTheCallback() {
        SignInSettings settings = settings(Optional.empty(), Optional.of("https://desk.partner.example/"));
        assertThat(settings.redirectUri("http", "10.0.0.7", 8080)).contains("https://desk.partner.example/auth/callback");
    }

    @Test
    void withNeitherOnlyALoopbackRequestMayNameItsOwnAddress() {
        SignInSettings settings = settings(Optional.empty(), Optional.empty());
        assertThat(settings.redirectUri("http", "localhost", 8282)).contains("http://localhost:8282/auth/callback");
        assertThat(settings.redirectUri("http", "127.0.0.1", 8282)).contains("http://127.0.0.1:8282/auth/callback");
        assertThat(settings.redirectUri("https", "desk.partner.example", 443))
                .as("a Host header is the caller's to choose").isEmpty();
    }

    private static SignInSettings settings(Optional<String> redirectUri, Optional<String> publicBaseUrl) {
        SignInSettings settings = new SignInSettings();
        settings.redirectUri = redirectUri;
        settings.publicBaseUrl = publicBaseUrl;
        return settings;
    }
}
