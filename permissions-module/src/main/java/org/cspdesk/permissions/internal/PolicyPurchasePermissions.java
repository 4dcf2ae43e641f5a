package org.cspdesk.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.permissions.api.PurchasePermissions;

import java.util.UUID;

/** A customer may buy a resource itself exactly when its self-serve policy grants it. */
@ApplicationScoped
public class PolicyPurchasePermissions implements PurchasePermissions {

    @Inject
    Policies policies;

    @Override
    public boolean mayPurchase(UUID customerId, String resource) {
        return policies.findByCustomer(customerId)
                .map(policy -> policy.permissionNames().contains(resource))
                .orElse(false);
    }
}
