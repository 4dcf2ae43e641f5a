package org.cspdesk.platform.api;

import java.util.Optional;
import java.util.UUID;

/**
 * What the sign-in asks the customers module about a user of a customer's tenant (its implementation lives
 * there): a token of a customer tenant is trusted only for a customer of this partner, and its user is a
 * {@code CustomerUser} only when CSP Desk knows that user.
 */
public interface KnownCustomerUsers {

    /** Whether that tenant is one of the partner's customers. */
    boolean isCustomer(UUID tenantId);

    /**
     * The id of that customer's active user with that object id (a customer user's id is its object id in its
     * tenant, as in Partner Center) or, failing that, with that user principal name (any case); empty when the
     * customer has no such user.
     */
    Optional<UUID> knownUser(UUID tenantId, String objectId, String userPrincipalName);
}
