package org.cspdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cspdesk.platform.api.SignInTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The dashboard sign-in's configuration (README, Configuration of signing in), checked at start. */
@ApplicationScoped
public class SignInSettings {

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_PARTNER_ISSUER")
    Optional<String> partnerIssuer;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_CUSTOMER_ISSUER")
    Optional<String> customerIssuer;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_CLIENT_ID")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_CLIENT_SECRET")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_SCOPE", defaultValue = "openid profile email")
    String scope;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_REDIRECT_URI")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "cspdesk.public.base.url")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "CSPDESK_SESSION_ACCESS_MINUTES", defaultValue = "5")
    int accessMinutes;

    @Inject
    @ConfigProperty(name = "CSPDESK_SESSION_IDLE_MINUTES", defaultValue = "60")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "CSPDESK_SESSION_MAX_HOURS", defaultValue = "12")
    int maxHours;

    @Inject
    SignInTokens tokens;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (present(partnerIssuer) && (!present(clientId) || !present(clientSecret))) {
            throw new IllegalStateException("The sign-in needs CSPDESK_OIDC_CLIENT_ID and CSPDESK_OIDC_CLIENT_SECRET "
                    + "beside CSPDESK_OIDC_PARTNER_ISSUER.");
        }
        if (enabled() && !tokens.configured()) {
            throw new IllegalStateException("The sign-in needs CSPDESK_SIGNING_KEY: the key CSP Desk signs its "
                    + "dashboard tokens with (a PKCS#8 RSA key; never the development key).");
        }
        if (accessMinutes < 1 || accessMinutes > 60 || idleMinutes < 1 || maxHours < 1) {
            throw new IllegalStateException("CSPDESK_SESSION_ACCESS_MINUTES must be 1 to 60, CSPDESK_SESSION_IDLE_MINUTES"
                    + " and CSPDESK_SESSION_MAX_HOURS at least 1.");
        }
    }

    boolean enabled() {
        return present(partnerIssuer) && present(clientId) && present(clientSecret);
    }

    boolean customerTenants() {
        return enabled() && present(customerIssuer);
    }

    String partnerIssuer() {
        return partnerIssuer.orElseThrow().strip();
    }

    String customerIssuer(String tenantId) {
        return customerIssuer.orElseThrow().strip().replace(TrustedIssuers.TENANT_PLACEHOLDER, tenantId);
    }

    String clientId() {
        return clientId.orElseThrow().strip();
    }

    String clientSecret() {
        return clientSecret.orElseThrow();
    }

    String scope() {
        return scope;
    }

    /** Where the provider sends the browser back; empty when it cannot be known safely for this request. */
    Optional<String> redirectUri(String requestScheme, String requestHost, int requestPort) {
        if (present(redirectUri)) {
            return Optional.of(redirectUri.get().strip());
        }
        if (present(publicBaseUrl)) {
            return Optional.of(publicBaseUrl.get().strip().replaceAll("/+$", "") + "/auth/callback");
        }
        if ("localhost".equals(requestHost) || "127.0.0.1".equals(requestHost)) {
            return Optional.of(requestScheme + "://" + requestHost + ":" + requestPort + "/auth/callback");
        }
        return Optional.empty();
    }

    /** The origin ({@code scheme://host[:port]}) of the configured public address, if one is configured. */
    Optional<String> publicOrigin() {
        return publicBaseUrl.filter(url -> !url.isBlank()).map(url -> {
            java.net.URI uri = java.net.URI.create(url.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }

    Duration access() {
        return Duration.ofMinutes(accessMinutes);
    }

    Duration idle() {
        return Duration.ofMinutes(idleMinutes);
    }

    Duration absolute() {
        return Duration.ofHours(maxHours);
    }

    private static boolean present(Optional<String> value) {
        return value.filter(text -> !text.isBlank()).isPresent();
    }
}
