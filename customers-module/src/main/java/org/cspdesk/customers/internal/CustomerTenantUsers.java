package org.cspdesk.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.platform.api.KnownCustomerUsers;

import java.util.Optional;
import java.util.UUID;

/**
 * The customers module's answer to the sign-in's questions about customers' tenants: a customer's id is its
 * tenant id, and a user is known when it is an active user of that customer, by id (its object id, as Partner
 * Center's customer user ids are) or by UPN.
 */
@ApplicationScoped
public class CustomerTenantUsers implements KnownCustomerUsers {

    @Inject
    Customers customers;

    @Override
    public boolean isCustomer(UUID tenantId) {
        return customers.find(tenantId).isPresent();
    }

    @Override
    public Optional<UUID> knownUser(UUID tenantId, String objectId, String userPrincipalName) {
        Optional<CustomerUser> byId = objectId(objectId).flatMap(id -> customers.findUser(tenantId, id));
        if (byId.isPresent() || userPrincipalName == null) {
            return byId.map(CustomerUser::id);
        }
        return customers.findUserByPrincipalName(userPrincipalName)
                .filter(user -> user.customerId().equals(tenantId) && user.isActive()).map(CustomerUser::id);
    }

    private static Optional<UUID> objectId(String objectId) {
        try {
            return objectId == null ? Optional.empty() : Optional.of(UUID.fromString(objectId));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a provider whose subject is not a GUID: matched by UPN only
        }
    }
}
