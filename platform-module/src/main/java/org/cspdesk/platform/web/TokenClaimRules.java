package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What a signed token must also be before anyone acts on it, checked on its claims as they were signed
 * (MicroProfile JWT checks the signature, issuer and expiry, and nothing of this):
 * <ul>
 *   <li>not before its time: {@code nbf} and {@code iat} no later than now plus the clock skew;</li>
 *   <li>{@code groups} a list of strings (a string was read as one role), {@code tid} a string;</li>
 *   <li>partner or customer, never both: a {@code CustomerUser} token also listing {@code AdminAgent}
 *   acted as an Admin agent;</li>
 *   <li>its tenant matching its roles: partner roles only in the partner's tenant, {@code CustomerUser}
 *   only in another tenant, named by its id.</li>
 * </ul>
 * A token that breaks one is a 401 {@code invalid_token}, as a bad signature is.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class TokenClaimRules implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Inject
    PartnerIdentity partner;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "30")
    long skewSeconds;

    @Override
    public void filter(ContainerRequestContext request) {
        String raw = token == null ? null : token.getRawToken();
        if (raw == null) {
            return; // no token: the roles check refuses whatever needs one
        }
        JsonObject claims = claims(raw);
        String broken = claims == null
                ? "its claims cannot be read strictly (a member twice, U+0000, a number out of range, too deep)."
                : brokenRule(claims, Instant.now().getEpochSecond());
        if (broken != null) {
            request.abortWith(Response.fromResponse(ProblemResponses.of(401, "invalid_token", "Unauthorized",
                    "The token is not accepted: " + broken))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
        }
    }

    /** The first rule the claims break, in words for the caller; null when they keep every one. */
    String brokenRule(JsonObject claims, long now) {
        for (String time : List.of("nbf", "iat")) {
            JsonValue value = claims.get(time);
            if (value != null && !(value instanceof JsonNumber)) {
                return "'" + time + "' must be a time in seconds.";
            }
            // Compared exactly: longValue() keeps the low 64 bits, so 2^64 + 1 read as a time in 1970.
            if (value != null && ((JsonNumber) value).bigDecimalValue().compareTo(BigDecimal.valueOf(now + skewSeconds)) > 0) {
                return "it is not valid yet ('" + time + "' is in the future).";
            }
        }
        JsonValue groups = claims.get("groups");
        if (groups != null && !(groups instanceof JsonArray array
                && array.stream().allMatch(group -> group instanceof JsonString))) {
            return "'groups' must be a list of role names.";
        }
        List<String> roles = groups == null ? List.of() : names((JsonArray) groups);
        boolean partnerRole = roles.stream().anyMatch(Roles.PARTNER_ROLES::contains);
        boolean customerRole = roles.contains(Roles.CUSTOMER_USER);
        if (partnerRole && customerRole) {
            return "it names both partner and customer roles; a user is one or the other.";
        }
        JsonValue tid = claims.get("tid");
        if ((partnerRole || customerRole) && !(tid instanceof JsonString)) {
            return "'tid' (the tenant of the user) is required.";
        }
        String tenant = tid instanceof JsonString string ? string.getString() : null;
        if (partnerRole && !partner.tenantId().equalsIgnoreCase(tenant)) {
            return "partner roles are held only in the partner's tenant.";
        }
        if (customerRole && (!isTenantId(tenant) || partner.tenantId().equalsIgnoreCase(tenant))) {
            return "a CustomerUser belongs to a customer's tenant, named by its id.";
        }
        return null;
    }

    private static List<String> names(JsonArray groups) {
        List<String> names = new ArrayList<>(groups.size());
        groups.forEach(group -> names.add(((JsonString) group).getString()));
        return names;
    }

    private static boolean isTenantId(String tenant) {
        try {
            return tenant != null && tenant.length() == 36 && UUID.fromString(tenant) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The payload as signed, read as strictly as a body (the signature is checked already); null when it cannot
     * be read so. Such a token is refused: taken for one without claims, it kept every rule (fail-open), while
     * the runtime, reading it leniently, still saw its roles and times.
     */
    static JsonObject claims(String raw) {
        String[] parts = raw.split("\\.", -1);
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
}
