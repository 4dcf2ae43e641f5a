package org.cspdesk.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.cspdesk.platform.api.Roles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a token of CSP Desk's own issuers (the development issuer, the dashboard's sign-in) must also be, on
 * its claims as they were signed: the signature, issuer and expiry are checked before.
 * <ul>
 *   <li>not before its time: {@code nbf} and {@code iat} no later than now plus the clock skew;</li>
 *   <li>{@code groups} a list of strings (a string was read as one role), {@code tid} a string;</li>
 *   <li>partner or customer, never both: a {@code CustomerUser} token also listing {@code AdminAgent}
 *   acted as an Admin agent;</li>
 *   <li>its tenant matching its roles: partner roles only in the partner's tenant, {@code CustomerUser}
 *   only in another tenant, named by its id.</li>
 * </ul>
 */
final class GroupsClaimRules {
    private final String partnerTenant;
    private final long skewSeconds;

    GroupsClaimRules(String partnerTenant, long skewSeconds) {
        this.partnerTenant = partnerTenant;
        this.skewSeconds = skewSeconds;
    }

    /** The first rule the claims break, in words for the caller; null when they keep every one. */
    String brokenRule(JsonObject claims, long now) {
        String early = notYetValid(claims, now, skewSeconds);
        if (early != null) {
            return early;
        }
        JsonValue groups = claims.get("groups");
        if (groups != null && !isListOfStrings(groups)) {
            return "'groups' must be a list of role names.";
        }
        List<String> roles = groups == null ? List.of() : strings((JsonArray) groups);
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
        if (partnerRole && !partnerTenant.equalsIgnoreCase(tenant)) {
            return "partner roles are held only in the partner's tenant.";
        }
        if (customerRole && (!isTenantId(tenant) || partnerTenant.equalsIgnoreCase(tenant))) {
            return "a CustomerUser belongs to a customer's tenant, named by its id.";
        }
        return null;
    }

    /** Why the token is not valid yet ({@code nbf} or {@code iat} later than now plus the skew); null if it is. */
    static String notYetValid(JsonObject claims, long now, long skewSeconds) {
        for (String time : List.of("nbf", "iat")) {
            JsonValue value = claims.get(time);
            if (value != null && !(value instanceof JsonNumber)) {
                return "'" + time + "' must be a time in seconds.";
            }
            // Compared exactly: longValue() keeps the low 64 bits, so 2^64 + 1 read as a time in 1970.
            if (value != null && ((JsonNumber) value).bigDecimalValue()
                    .compareTo(BigDecimal.valueOf(now + skewSeconds)) > 0) {
                return "it is not valid yet ('" + time + "' is in the future).";
            }
        }
        return null;
    }

    static boolean isListOfStrings(JsonValue value) {
        return value instanceof JsonArray array && array.stream().allMatch(item -> item instanceof JsonString);
    }

    static List<String> strings(JsonArray array) {
        List<String> names = new ArrayList<>(array.size());
        array.forEach(item -> names.add(((JsonString) item).getString()));
        return names;
    }

    static boolean isTenantId(String tenant) {
        try {
            return tenant != null && tenant.length() == 36 && UUID.fromString(tenant) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
