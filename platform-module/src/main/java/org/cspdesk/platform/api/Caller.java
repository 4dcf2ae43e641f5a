package org.cspdesk.platform.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a verified bearer token says is calling, in CSP Desk's terms, whichever issuer signed it: the
 * development issuer, CSP Desk's own sign-in, the partner's tenant or a customer's tenant.
 *
 * @param userPrincipalName the user's UPN; for an application, its application (client) id
 * @param objectId          the user's or application's object id at its provider ({@code oid}, else {@code sub})
 * @param roles             CSP Desk role names (already mapped from the provider's app roles or groups)
 * @param operatorType      partner staff, a customer's user or an application of the partner
 * @param tenantId          the caller's tenant: the partner's, or the customer's
 * @param applicationId     the client application the token was issued to, when it names one
 * @param sessionId         the dashboard session a CSP Desk sign-in token belongs to, when it is one
 * @param expiresAt         when the token stops being accepted
 */
public record Caller(String userPrincipalName, String objectId, Set<String> roles, OperatorType operatorType,
                     String tenantId, String applicationId, String sessionId, Instant expiresAt) {
    /** The servlet request attribute the authentication leaves the caller in. */
    public static final String ATTRIBUTE = "org.cspdesk.caller";

    public Caller {
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(operatorType, "operatorType");
        Objects.requireNonNull(expiresAt, "expiresAt");
        roles = Set.copyOf(roles);
    }

    public boolean isCustomerUser() {
        return operatorType == OperatorType.CUSTOMER;
    }

    public Optional<String> session() {
        return Optional.ofNullable(sessionId);
    }

    /** The same caller, with no role: known, but refused everything. */
    public Caller withoutRoles() {
        return new Caller(userPrincipalName, objectId, Set.of(), operatorType, tenantId, applicationId, sessionId,
                expiresAt);
    }
}
