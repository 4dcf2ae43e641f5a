package org.cspdesk.it;

import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real OpenID Connect provider of the suite: the Keycloak that the build starts in pre-integration-test with
 * the realms of devtools/idp/realms (see devtools/idp/README.md). The build does not wait for it, so that it boots
 * while Payara Micro does: every token method here waits for it first, once.
 *
 * <p>Its realms stand for the issuers CSP Desk meets in production: the partner's own tenant, a customer's tenant
 * (named by its tenant id, as an Entra issuer is) and an issuer CSP Desk never trusts. The users' object ids are
 * fixed in the realm files, so a test may name them.
 */
public final class TestIdentityProvider {
    public static final String PARTNER_REALM = "partner";
    /** The customer's tenant id, which is also its realm's name and therefore part of its issuer. */
    public static final String CUSTOMER_TENANT = "5b0c7e9a-1d2f-4c3b-8a6e-9f0d1c2b3a4e";
    public static final String CUSTOMER_REALM = CUSTOMER_TENANT;
    public static final String UNTRUSTED_REALM = "untrusted";
    public static final List<String> REALMS = List.of(PARTNER_REALM, CUSTOMER_REALM, UNTRUSTED_REALM);

    /** CSP Desk's own registration in each realm (authorization code + PKCE S256 only), and the audience. */
    public static final String CLIENT_ID = "cspdesk";
    public static final String CLIENT_SECRET = "cspdesk-secret";
    public static final String AUDIENCE = "cspdesk";
    /** A client for tests only, in every realm: direct access grants, the same claims as {@link #CLIENT_ID}. */
    public static final String TEST_CLIENT_ID = "cspdesk-test";
    public static final String TEST_CLIENT_SECRET = "cspdesk-test-secret";
    /** The partner's back end: client credentials in the partner realm, AdminAgent in its tokens. */
    public static final String BACKEND_CLIENT_ID = "partner-backend";
    public static final String BACKEND_CLIENT_SECRET = "partner-backend-secret";
    /** The object id (sub) of partner-backend's service account. */
    public static final String BACKEND_ID = "6c3a1f0e-2b4d-4e8a-9f10-a00000000006";

    /** A user of a realm; the password is always the username followed by {@code -pw}. */
    public record User(String realm, String username, String id, String email, String role) {
        public String password() {
            return username + "-pw";
        }
    }

    public static final User ADMIN_AGENT = partnerUser("admin.agent", "6c3a1f0e-2b4d-4e8a-9f10-a00000000001", "AdminAgent");
    public static final User SALES_AGENT = partnerUser("sales.agent", "6c3a1f0e-2b4d-4e8a-9f10-a00000000002", "SalesAgent");
    public static final User HELPDESK_AGENT = partnerUser("helpdesk.agent", "6c3a1f0e-2b4d-4e8a-9f10-a00000000003", "HelpDeskAgent");
    public static final User BILLING_ADMIN = partnerUser("billing.admin", "6c3a1f0e-2b4d-4e8a-9f10-a00000000004", "BillingAdmin");
    public static final User GLOBAL_ADMIN = partnerUser("global.admin", "6c3a1f0e-2b4d-4e8a-9f10-a00000000005", "GlobalAdmin");
    public static final List<User> PARTNER_STAFF =
            List.of(ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN, GLOBAL_ADMIN);
    /** A customer's user CSP Desk knows (the tests register them) and one it does not; no roles in their tokens. */
    public static final User KNOWN_USER = new User(CUSTOMER_REALM, "known.user",
            "9d2e4b7a-3c5f-4a1d-8e20-c00000000001", "known.user@customer.example", null);
    public static final User UNKNOWN_USER = new User(CUSTOMER_REALM, "unknown.user",
            "9d2e4b7a-3c5f-4a1d-8e20-c00000000002", "unknown.user@customer.example", null);
    /** The partner's admin.agent as an untrusted issuer forges them: same username, upn, role and audience. */
    public static final User UNTRUSTED_ADMIN_AGENT = new User(UNTRUSTED_REALM, "admin.agent",
            "e4f5a6b7-8c9d-4e0f-a1b2-d00000000001", "admin.agent@partner.example", "AdminAgent");

    private static final Duration FIRST_WAIT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile boolean ready;

    private TestIdentityProvider() {
    }

    /** The tokens of one grant; {@code idToken} and {@code refreshToken} are null when the grant gives none. */
    public record TokenResponse(String accessToken, String idToken, String refreshToken) {
        public JsonPath accessClaims() {
            return claims(accessToken);
        }

        public JsonPath idClaims() {
            return claims(idToken);
        }
    }

    /** http://localhost:PORT, the port the build reserved; the issuers' host is always localhost. */
    public static String base() {
        String base = System.getProperty("it.idp.base");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("it.idp.base is not set: run the integration tests through Maven"
                    + " (app-war's integration-tests profile starts the identity provider)");
        }
        return base;
    }

    public static String issuer(String realm) {
        return base() + "/realms/" + realm;
    }

    /** Waits until every realm publishes its discovery document: up to 180 s the first time, at once afterwards. */
    public static void awaitReady() {
        awaitReady(FIRST_WAIT);
    }

    public static synchronized void awaitReady(Duration atMost) {
        if (ready) {
            return;
        }
        Instant deadline = Instant.now().plus(atMost);
        String notYet = "";
        while (Instant.now().isBefore(deadline)) {
            notYet = REALMS.stream().filter(realm -> !answers(discoveryOf(realm))).collect(Collectors.joining(", "));
            if (notYet.isEmpty()) {
                ready = true;
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The identity provider at " + base() + " did not publish the discovery of ["
                + notYet + "] within " + atMost.toSeconds() + " s; see app-war/target/it-idp/keycloak.log");
    }

    public static URI discoveryOf(String realm) {
        return URI.create(issuer(realm) + "/.well-known/openid-configuration");
    }

    /** A user's tokens through the test client's direct grant (scope openid, so with an id token). */
    public static TokenResponse passwordGrant(String realm, String username) {
        return tokens(realm, TEST_CLIENT_ID, TEST_CLIENT_SECRET, Map.of(
                "grant_type", "password",
                "username", username,
                "password", username + "-pw",
                "scope", "openid"));
    }

    public static TokenResponse passwordGrant(User user) {
        return passwordGrant(user.realm(), user.username());
    }

    /** partner-backend's access token, the way a partner's own back end calls CSP Desk. */
    public static String clientCredentials() {
        return tokens(PARTNER_REALM, BACKEND_CLIENT_ID, BACKEND_CLIENT_SECRET,
                Map.of("grant_type", "client_credentials")).accessToken();
    }

    /** A JWT's payload, unverified: what the tests assert on. */
    public static JsonPath claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT (" + parts.length + " parts)");
        }
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static TokenResponse tokens(String realm, String clientId, String secret, Map<String, String> form) {
        awaitReady();
        String credentials = Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The identity provider refused " + form.get("grant_type") + " for "
                    + clientId + " in realm " + realm + ": " + response.statusCode() + " " + response.body());
        }
        JsonPath body = JsonPath.from(response.body());
        return new TokenResponse(body.getString("access_token"), body.getString("id_token"), body.getString("refresh_token"));
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static boolean answers(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;   // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the identity provider", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The identity provider did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the identity provider", e);
        }
    }

    private static User partnerUser(String username, String id, String role) {
        return new User(PARTNER_REALM, username, id, username + "@partner.example", role);
    }
}
