package org.cspdesk.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.permissions.api.PurchasePermissions;

import java.util.Arrays;
import java.util.UUID;

/**
 * A customer may buy a resource itself exactly when its self-serve policy grants it. Asked inside a
 * purchase's transaction, the answer holds until that transaction ends (the policy row is share-locked).
 */
@ApplicationScoped
public class PolicyPurchasePermissions implements PurchasePermissions {

    @Inject
    Policies policies;

    @Override
    public boolean mayPurchase(UUID customerId, String resource) {
        return policies.grantedResourcesLockedForShare(customerId)
                .map(granted -> Arrays.asList(granted.split(",")).contains(resource))
                .orElse(false);
    }
}
