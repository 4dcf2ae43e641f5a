package org.cspdesk.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.KnownCustomerUsers;
import org.cspdesk.platform.api.OperatorType;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.SignInSessions;
import org.cspdesk.platform.security.TrustedIssuers.Issuer;
import org.cspdesk.platform.security.TrustedIssuers.Kind;
import org.cspdesk.platform.web.StrictJson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies a bearer token and says who it names, in CSP Desk's terms ({@link Caller}): the signature with the
 * key of its issuer (which must be trusted, {@link TrustedIssuers}), only with an algorithm the issuer is pinned
 * to (RS256: never {@code none}, never HMAC with a public key), its expiry and times with a small clock skew,
 * its audience for a provider's token; then its claims into roles ({@link RoleMapping}, or {@code groups} for our
 * own tokens). Signatures, JWKS and claim checks are nimbus-jose-jwt's, not ours.
 */
@ApplicationScoped
public class TokenVerifier {
    static final int MAX_TOKEN_CHARS = 16 * 1024;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256);
    /** Entra ID and Keycloak type their access tokens JWT; RFC 9068 names them at+jwt. */
    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> TYPES = new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null);

    @Inject
    TrustedIssuers issuers;

    @Inject
    PartnerIdentity partner;

    @Inject
    Instance<KnownCustomerUsers> customerUsers;

    @Inject
    Instance<SignInSessions> sessions;

    @Inject
    @ConfigProperty(name = "CSPDESK_TOKEN_CLOCK_SKEW_SECONDS", defaultValue = "30")
    int skewSeconds;

    @Inject
    @ConfigProperty(name = "CSPDESK_TOKEN_CACHE_SIZE", defaultValue = "10000")
    int cacheSize;

    @Inject
    @ConfigProperty(name = "CSPDESK_ROLE_MAP")
    Optional<String> roleMap;

    private VerifiedTokens verified;
    private RoleMapping roles;
    private final ProviderKeys providerKeys = new ProviderKeys();

    @PostConstruct
    void init() {
        verified = new VerifiedTokens(cacheSize);
        roles = RoleMapping.parse(roleMap.orElse(""));
    }

    /** Who that token names, or why it is not accepted. */
    public Verdict verify(String token) {
        if (token.length() > MAX_TOKEN_CHARS) {
            return Verdict.refused(Refusal.invalidToken("it is longer than " + MAX_TOKEN_CHARS + " characters."));
        }
        String key = VerifiedTokens.key(token);
        Caller caller = verified.get(key, Instant.now());
        Verdict verdict = caller != null ? Verdict.accepted(caller) : verifyAnew(token, key);
        if (verdict.isAccepted() && verdict.caller().sessionId() != null) {
            Refusal refusal = sessionRefusal(verdict.caller().sessionId());
            return refusal == null ? verdict : Verdict.refused(refusal);
        }
        return verdict;
    }

    private Verdict verifyAnew(String token, String key) {
        JsonObject claims = strictClaims(token);
        if (claims == null) {
            return Verdict.refused(Refusal.invalidToken(
                    "its claims cannot be read strictly (a member twice, U+0000, a number out of range, too deep)."));
        }
        String issuerName = text(claims, "iss");
        if (issuerName == null) {
            return Verdict.refused(Refusal.invalidToken("it names no issuer ('iss')."));
        }
        Optional<Issuer> trusted = issuers.find(issuerName);
        if (trusted.isEmpty()) {
            return Verdict.refused(new Refusal(401, "untrusted_issuer",
                    "The token's issuer is not one this server trusts."));
        }
        Issuer issuer = trusted.get();
        if (issuer.kind() == Kind.CUSTOMER && !isCustomer(issuer.tenantId())) {
            // Asked before any key is fetched: a made-up tenant must not make us call its provider.
            return Verdict.refused(new Refusal(401, "untrusted_tenant",
                    "The token's tenant is not a customer of this partner."));
        }
        JWTClaimsSet signed;
        try {
            signed = processor(issuer).process(token, null);
        } catch (KeySourceException e) {
            return Verdict.refused(new Refusal(503, "identity_provider_unavailable", "The keys of the token's issuer "
                    + "cannot be fetched now; try again shortly."));
        } catch (BadJOSEException e) {
            return Verdict.refused(Refusal.invalidToken(reason(e)));
        } catch (JOSEException | java.text.ParseException e) {
            return Verdict.refused(Refusal.invalidToken("its signature cannot be checked."));
        }
        String early = GroupsClaimRules.notYetValid(claims, Instant.now().getEpochSecond(), skewSeconds);
        if (early != null) {
            return Verdict.refused(Refusal.invalidToken(early));
        }
        Instant expiresAt = signed.getExpirationTime().toInstant();
        Verdict verdict = issuer.kind().isOwn() ? fromGroups(issuer, claims, expiresAt)
                : fromProvider(issuer, claims, expiresAt, false);
        if (verdict.isAccepted()) {
            verified.put(key, verdict.caller());
        }
        return verdict;
    }

    /**
     * Who a provider's ID token names, for the dashboard's sign-in, by the same rules as its access tokens (its
     * signature, issuer, audience and nonce are checked by the sign-in before): the partner's roles mapped, a
     * customer's user only when known.
     */
    Verdict signingIn(String issuerName, JsonObject idTokenClaims, Instant expiresAt) {
        Optional<Issuer> trusted = issuers.find(issuerName).filter(issuer -> !issuer.kind().isOwn());
        if (trusted.isEmpty()) {
            return Verdict.refused(new Refusal(401, "untrusted_issuer", "The token's issuer is not one this server trusts."));
        }
        if (trusted.get().kind() == Kind.CUSTOMER && !isCustomer(trusted.get().tenantId())) {
            return Verdict.refused(new Refusal(401, "untrusted_tenant", "The token's tenant is not a customer of this partner."));
        }
        return fromProvider(trusted.get(), idTokenClaims, expiresAt, true);
    }

    /** Our own tokens: CSP Desk roles in {@code groups}, the tenant in {@code tid}. */
    private Verdict fromGroups(Issuer issuer, JsonObject claims, Instant expiresAt) {
        String broken = new GroupsClaimRules(partner.tenantId(), skewSeconds)
                .brokenRule(claims, Instant.now().getEpochSecond());
        if (broken != null) {
            return Verdict.refused(Refusal.invalidToken(broken));
        }
        String session = issuer.kind() == Kind.SIGN_IN ? text(claims, "sid") : null;
        if (issuer.kind() == Kind.SIGN_IN && session == null) {
            return Verdict.refused(Refusal.invalidToken("it belongs to no sign-in session ('sid')."));
        }
        Set<String> held = new HashSet<>(strings(claims, "groups"));
        OperatorType type = held.contains(Roles.CUSTOMER_USER) ? OperatorType.CUSTOMER : OperatorType.PARTNER;
        String upn = firstText(claims, "upn", "preferred_username", "sub");
        return Verdict.accepted(new Caller(upn == null ? "(unnamed)" : upn, firstText(claims, "oid", "sub"), held, type,
                text(claims, "tid"), text(claims, "azp"), session, expiresAt));
    }

    /** A provider's access token: app roles and groups mapped, the tenant from the issuer. */
    private Verdict fromProvider(Issuer issuer, JsonObject claims, Instant expiresAt, boolean idToken) {
        if (!idToken && (claims.containsKey("nonce") || "ID".equals(text(claims, "typ")))) {
            return Verdict.refused(Refusal.invalidToken("it is an ID token; call the API with an access token."));
        }
        String tid = text(claims, "tid");
        if (tid != null && !tid.equalsIgnoreCase(issuer.tenantId())) {
            return Verdict.refused(Refusal.invalidToken("its 'tid' is not the tenant of its issuer."));
        }
        for (String claim : List.of("roles", "groups")) {
            if (claims.containsKey(claim) && !GroupsClaimRules.isListOfStrings(claims.get(claim))) {
                return Verdict.refused(Refusal.invalidToken("'" + claim + "' must be a list of names."));
            }
        }
        String applicationId = firstText(claims, "azp", "appid", "client_id");
        String objectId = firstText(claims, "oid", "sub");
        boolean application = !idToken && isApplication(claims, applicationId); // a user signs in; an application does not
        String upn = application ? applicationId : firstText(claims, "upn", "preferred_username", "email", "unique_name");
        if (upn == null || objectId == null) {
            return Verdict.refused(Refusal.invalidToken("it names no user ('upn', 'preferred_username') or no "
                    + "object id ('oid', 'sub')."));
        }
        if (issuer.kind() == Kind.PARTNER) {
            Caller caller = new Caller(upn, objectId,
                    roles.partnerRoles(strings(claims, "roles"), strings(claims, "groups")),
                    application ? OperatorType.APPLICATION : OperatorType.PARTNER, issuer.tenantId(), applicationId,
                    null, expiresAt);
            if (caller.roles().isEmpty()) {
                return Verdict.knownButRefused(caller, new Refusal(403, "no_role", upn + " of the partner's tenant holds "
                        + "no CSP Desk role: none of its app roles or groups is mapped to one (CSPDESK_ROLE_MAP)."));
            }
            return Verdict.accepted(caller);
        }
        if (application) {
            return Verdict.refused(new Refusal(401, "untrusted_application", "Applications of a customer's tenant "
                    + "cannot call this API; the customer's users sign in as themselves."));
        }
        Caller caller = new Caller(upn, objectId, Set.of(Roles.CUSTOMER_USER), OperatorType.CUSTOMER,
                issuer.tenantId(), applicationId, null, expiresAt);
        Optional<UUID> known = customerUsers.isResolvable()
                ? customerUsers.get().knownUser(UUID.fromString(issuer.tenantId()), objectId, upn) : Optional.empty();
        if (known.isEmpty()) {
            return Verdict.knownButRefused(caller, new Refusal(403, "unknown_customer_user", upn + " is not a user "
                    + "CSP Desk knows for the customer " + issuer.tenantId() + ": the partner adds a customer's users "
                    + "before they can sign in."));
        }
        // From here on the user's id is CSP Desk's id of it (the dashboard asks for its role assignments by it).
        return Verdict.accepted(new Caller(upn, known.get().toString(), caller.roles(), caller.operatorType(),
                caller.tenantId(), applicationId, null, expiresAt));
    }

    /**
     * A token an application got for itself (client credentials), with no user: Entra ID says so in {@code
     * idtyp} (an optional claim); otherwise a token naming a client and no user name or delegated scope.
     */
    private static boolean isApplication(JsonObject claims, String applicationId) {
        if ("app".equals(text(claims, "idtyp"))) {
            return true;
        }
        return applicationId != null && !claims.containsKey("scp")
                && firstText(claims, "upn", "email", "unique_name") == null;
    }

    private DefaultJWTProcessor<SecurityContext> processor(Issuer issuer) throws KeySourceException {
        JWKSource<SecurityContext> keys = switch (issuer.kind()) {
            case DEVELOPMENT -> new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(issuers.developmentKey()).build()));
            case SIGN_IN -> new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(issuers.signInKey()).build()));
            case PARTNER, CUSTOMER -> providerKeys.of(issuer.name());
        };
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(TYPES);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                issuer.kind().isOwn() ? null : issuers.audiences(),
                new JWTClaimsSet.Builder().issuer(issuer.name()).build(), Set.of("exp"), null);
        claims.setMaxClockSkew(skewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    /**
     * Why the token's sign-in session does not let it in, or null when it does. Asked on every request, not
     * cached: a session ended on one instance ends on all at once.
     */
    private Refusal sessionRefusal(String sessionId) {
        try {
            if (sessions.isResolvable() && sessions.get().isActive(sessionId)) {
                return null;
            }
            return new Refusal(401, "session_ended",
                    "The sign-in session of this token has ended (signed out, or idle too long); sign in again.");
        } catch (RuntimeException e) {
            // The database cannot say: the token is not accepted until it can, but its session has not ended
            // (a 401 would sign the dashboard out over a moment's outage).
            return new Refusal(503, "database_unavailable",
                    "The sign-in session cannot be checked right now; try again shortly.");
        }
    }

    private boolean isCustomer(String tenantId) {
        return customerUsers.isResolvable() && customerUsers.get().isCustomer(UUID.fromString(tenantId));
    }

    /** nimbus-jose-jwt's reason, in the caller's words. */
    private static String reason(BadJOSEException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Expired")) {
            return "it has expired.";
        }
        if (message.contains("audience")) {
            return "it is not meant for CSP Desk (its audience).";
        }
        if (message.contains("signature") || message.contains("matching key") || message.contains("key selector")) {
            return "its signature does not verify with a key of its issuer.";
        }
        if (message.contains("JOSE header typ") || message.contains("algorithm") || message.contains("Unsecured")
                || message.contains("Encrypted JWT")) {
            // alg none ("Unsecured (plain) JWTs are rejected, extend class to handle") and JWE: the header's fault
            return "its header (alg, typ) is not one accepted here; RS256 JWTs only.";
        }
        if (message.contains("missing required claims")) {
            return "it has no expiry ('exp').";
        }
        return "its claims are not accepted (" + message.replaceAll("[^\\p{Alnum} .,:'()\\[\\]-]", "") + ").";
    }

    /**
     * The payload as signed, read as strictly as a body; null when it cannot be read so (a duplicate member
     * read one way by us and another by the signer's library is how tokens get misread).
     */
    static JsonObject strictClaims(String token) {
        String[] parts = token.split("\\.", -1);
        try {
            JsonValue payload = StrictJson.parse(Base64.getUrlDecoder().decode(parts[1]));
            if (payload instanceof JsonObject object) {
                return object;
            }
        } catch (ApiProblem | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // fall through: not a JSON object we can read
        }
        return null;
    }

    static String text(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonString string && !string.getString().isEmpty() ? string.getString() : null;
    }

    private static String firstText(JsonObject claims, String... names) {
        for (String name : names) {
            String value = text(claims, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static List<String> strings(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return GroupsClaimRules.isListOfStrings(value) ? GroupsClaimRules.strings(value.asJsonArray()) : List.of();
    }
}
