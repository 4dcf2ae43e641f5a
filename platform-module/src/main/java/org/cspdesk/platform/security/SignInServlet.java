package org.cspdesk.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.KnownCustomerUsers;
import org.cspdesk.platform.api.PartnerCenterCodes;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.SignInTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's sign-in through the organisation's OpenID Connect provider, run by the server (a
 * token-mediating back end, ADR 0021): {@code GET /auth/login} starts the authorization-code flow with PKCE, state
 * and nonce; {@code GET /auth/callback} validates the ID token, maps it by the API's own rules and opens a session;
 * {@code POST /auth/refresh} rotates the session's cookie and answers a CSP Desk access token of a few minutes;
 * {@code POST /auth/logout} ends the session. {@code GET /auth/config} says what the sign-in page may offer.
 */
@WebServlet(urlPatterns = "/auth/*")
public class SignInServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());
    static final String SESSION_COOKIE = "cspdesk_session";
    static final String LOGIN_COOKIE = "cspdesk_signin";
    private static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    /** The strongest role first: the one the dashboard shows a user holding several. */
    static final List<String> ROLE_ORDER = List.of(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT,
            Roles.BILLING_ADMIN, Roles.HELP_DESK_AGENT, Roles.CUSTOMER_USER);

    @Inject
    SignInSettings settings;

    @Inject
    SignInStore store;

    @Inject
    TokenVerifier verifier;

    @Inject
    SignInTokens tokens;

    @Inject
    KnownCustomerUsers customers;

    private final Map<String, OIDCProviderMetadata> providers = Collections.synchronizedMap(new LinkedHashMap<>(16,
            0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OIDCProviderMetadata> eldest) {
            return size() > 1_000;
        }
    });

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        noStore(response);
        switch (String.valueOf(request.getPathInfo())) {
            // session: whether this browser holds a session cookie (HttpOnly: the page cannot see it), so that a
            // page without one does not ask for a refresh it would be refused.
            case "/config" -> json(response, 200, Json.createObjectBuilder().add("signIn", settings.enabled())
                    .add("customerTenants", settings.customerTenants())
                    .add("session", cookie(request, SESSION_COOKIE) != null).build());
            case "/login" -> login(request, response);
            case "/callback" -> callback(request, response);
            default -> problem(response, 404, "not_found", "Not Found", "There is no such sign-in address.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        noStore(response);
        if (!sameOrigin(request)) {
            problem(response, 403, "cross_site_request", "Forbidden", "The sign-in answers only its own pages.");
            return;
        }
        switch (String.valueOf(request.getPathInfo())) {
            case "/refresh" -> refresh(request, response);
            case "/logout" -> logout(request, response);
            default -> problem(response, 404, "not_found", "Not Found", "There is no such sign-in address.");
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.enabled()) {
            problem(response, 404, "not_found", "Not Found", "This server has no sign-in with an identity provider.");
            return;
        }
        String issuer = settings.partnerIssuer();
        String tenant = request.getParameter("tenant");
        if (tenant != null && !tenant.isBlank()) {
            Optional<UUID> customer = tenantId(tenant);
            if (!settings.customerTenants() || customer.isEmpty() || !customers.isCustomer(customer.get())) {
                back(response, "/", "untrusted_tenant");
                return;
            }
            issuer = settings.customerIssuer(customer.get().toString());
        }
        Optional<String> redirect = settings.redirectUri(request.getScheme(), request.getServerName(),
                request.getServerPort());
        if (redirect.isEmpty()) {
            problem(response, 503, "sign_in_not_configured", "Service Unavailable",
                    "Set CSPDESK_PUBLIC_BASE_URL or CSPDESK_OIDC_REDIRECT_URI for the sign-in.");
            return;
        }
        try {
            OIDCProviderMetadata provider = provider(issuer);
            String state = SignInStore.random();
            Nonce nonce = new Nonce();
            CodeVerifier verifier = new CodeVerifier();
            store.begin(state, new SignInStore.Attempt(issuer, nonce.getValue(), verifier.getValue(),
                    localPath(request.getParameter("returnTo"))), LOGIN_LIFETIME);
            URI authorize = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                    new ClientID(settings.clientId()), URI.create(redirect.get()))
                    .endpointURI(provider.getAuthorizationEndpointURI()).state(new State(state)).nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
            loginCookie(response, state, LOGIN_LIFETIME.toSeconds());
            response.sendRedirect(authorize.toString());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The sign-in cannot reach the identity provider " + issuer, e);
            back(response, "/", "identity_provider_unavailable");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        String cookie = cookie(request, LOGIN_COOKIE);
        loginCookie(response, "", 0);
        if (state == null || cookie == null || !cookie.equals(state)) {
            back(response, "/", "invalid_sign_in"); // a callback this browser did not start
            return;
        }
        try {
            Optional<SignInStore.Attempt> found = store.finish(state);
            if (found.isEmpty()) {
                back(response, "/", "sign_in_expired");
                return;
            }
            SignInStore.Attempt attempt = found.get();
            if (code == null) {
                back(response, attempt.returnPath(), "invalid_sign_in"); // the provider said no (error=...)
                return;
            }
            OIDCProviderMetadata provider = provider(attempt.issuer());
            String redirect = settings.redirectUri(request.getScheme(), request.getServerName(),
                    request.getServerPort()).orElseThrow();
            TokenResponse answer = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(redirect),
                            new CodeVerifier(attempt.codeVerifier()))).toHTTPRequest().send());
            if (!answer.indicatesSuccess()) {
                back(response, attempt.returnPath(), "invalid_sign_in");
                return;
            }
            JWT idToken = ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
            new IDTokenValidator(new Issuer(attempt.issuer()), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                    provider.getJWKSetURI().toURL()).validate(idToken, new Nonce(attempt.nonce()));
            JsonObject claims = TokenVerifier.strictClaims(idToken.serialize());
            Verdict verdict = claims == null ? Verdict.refused(Refusal.invalidToken("unreadable"))
                    : verifier.signingIn(attempt.issuer(), claims, Instant.now().plus(settings.absolute()));
            if (!verdict.isAccepted()) {
                back(response, attempt.returnPath(), verdict.refusal().code());
                return;
            }
            SignInStore.Rotated session = store.open(attempt.issuer(), verdict.caller(), settings.idle(),
                    settings.absolute());
            sessionCookie(response, session.refreshToken(), settings.idle().toSeconds());
            response.setStatus(303);
            response.setHeader("Location", attempt.returnPath());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A sign-in failed at the callback", e);
            back(response, "/", "invalid_sign_in");
        }
    }

    private void refresh(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String refresh = cookie(request, SESSION_COOKIE);
        try {
            Optional<SignInStore.Rotated> rotated = refresh == null ? Optional.empty()
                    : store.rotate(refresh, settings.idle());
            if (rotated.isEmpty()) {
                sessionCookie(response, "", 0);
                problem(response, 401, "session_ended", "Unauthorized",
                        "There is no sign-in session (signed out, ended, or its refresh token was used already); sign in again.");
                return;
            }
            SignInStore.Rotated session = rotated.get();
            Instant expiresAt = Instant.now().plus(settings.access());
            if (expiresAt.isAfter(session.caller().expiresAt())) {
                expiresAt = session.caller().expiresAt(); // the session's absolute end
            }
            sessionCookie(response, session.refreshToken(), settings.idle().toSeconds());
            Caller caller = session.caller();
            JsonArrayBuilder roles = Json.createArrayBuilder();
            ROLE_ORDER.stream().filter(caller.roles()::contains).forEach(roles::add);
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("accessToken", tokens.sign(caller, session.sessionId().toString(), expiresAt))
                    .add("tokenType", "Bearer").add("expiresAt", expiresAt.toString())
                    .add("role", strongest(caller)).add("roles", roles)
                    .add("userPrincipalName", caller.userPrincipalName()).add("tenantId", caller.tenantId());
            if (caller.isCustomerUser() && caller.objectId() != null) {
                body.add("userId", caller.objectId());
            }
            json(response, 200, body.build());
        } catch (SQLException e) {
            problem(response, 503, "database_unavailable", "Service Unavailable", "The database is unavailable; try again shortly.");
        }
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String refresh = cookie(request, SESSION_COOKIE);
        // The browser forgets the session whatever the database says: a sign-out that kept the cookie when the
        // database was away signed the reader in again at the next page, the page having shown it signed out.
        sessionCookie(response, "", 0);
        try {
            if (refresh != null) {
                store.revoke(refresh, "signed_out");
            }
            response.setStatus(204);
        } catch (SQLException e) {
            problem(response, 503, "database_unavailable", "Service Unavailable", "The database is unavailable; try again shortly.");
        }
    }

    static String strongest(Caller caller) {
        return ROLE_ORDER.stream().filter(caller.roles()::contains).findFirst().orElse("");
    }

    /** A path of this server to come back to; anything else (another host, {@code //host}) is {@code /}. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.startsWith("/\\")
                || returnTo.length() > 500 || returnTo.chars().anyMatch(ch -> ch < 0x21 || ch == 0x7f)) {
            return "/";
        }
        return returnTo;
    }

    private OIDCProviderMetadata provider(String issuer) throws Exception {
        OIDCProviderMetadata known = providers.get(issuer);
        if (known == null) {
            known = OIDCProviderMetadata.resolve(new Issuer(issuer), 3_000, 3_000);
            providers.put(issuer, known);
        }
        return known;
    }

    private static Optional<UUID> tenantId(String text) {
        try {
            return GroupsClaimRules.isTenantId(text.strip()) ? Optional.of(UUID.fromString(text.strip())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A POST carries the page's own origin when it says one: another site's form cannot refresh or sign out. */
    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        // Behind a proxy that rewrites Host, the configured public address is the server's origin.
        return settings.publicOrigin().map(own -> origin == null || own.equals(origin)).orElse(false)
                || sameOrigin(origin, request.getHeader("Host"));
    }

    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true;
        }
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static void back(HttpServletResponse response, String path, String problemCode) {
        response.setStatus(303);
        response.setHeader("Location", problemLocation(path, problemCode));
    }

    /** That path with {@code signInProblem=code} added to its query (before any fragment). */
    static String problemLocation(String path, String problemCode) {
        int hash = path.indexOf('#');
        String beforeFragment = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return beforeFragment + (beforeFragment.contains("?") ? "&" : "?") + "signInProblem="
                + URLEncoder.encode(problemCode, StandardCharsets.UTF_8) + fragment;
    }

    private static void sessionCookie(HttpServletResponse response, String value, long maxAge) {
        response.addHeader("Set-Cookie", sessionCookie(value, maxAge));
    }

    private static void loginCookie(HttpServletResponse response, String value, long maxAge) {
        response.addHeader("Set-Cookie", loginCookie(value, maxAge));
    }

    /**
     * The session's refresh token: sent only to /auth (never with API calls), never on a request another site
     * starts (Strict), never readable by scripts.
     */
    static String sessionCookie(String value, long maxAge) {
        return setCookie(SESSION_COOKIE, value, "/auth", "Strict", maxAge);
    }

    /** The login under way: Lax, since it must come back on the provider's top-level redirect to the callback. */
    static String loginCookie(String value, long maxAge) {
        return setCookie(LOGIN_COOKIE, value, "/auth/callback", "Lax", maxAge);
    }

    /** Set-Cookie written by hand: the Servlet 6.0 Cookie of Payara 6 has no SameSite. */
    private static String setCookie(String name, String value, String path, String sameSite, long maxAge) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge + "; HttpOnly; Secure; SameSite="
                + sameSite;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    private static void json(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }

    private static void problem(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        Object wire = PartnerCenterCodes.wireCode(code);
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "urn:cspdesk:problem:" + code)
                .add("title", title).add("status", status).add("detail", detail);
        if (wire instanceof Integer number) {
            body.add("code", number);
        } else {
            body.add("code", String.valueOf(wire));
        }
        body.add("cspdeskCode", code).add("description", detail).add("source", PartnerCenterCodes.SOURCE);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
