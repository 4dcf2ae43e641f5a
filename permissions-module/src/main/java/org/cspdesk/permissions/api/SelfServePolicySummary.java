package org.cspdesk.permissions.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer's current self-serve policy as other modules see it.
 *
 * @param permissions the resources it lets the customer buy ({@code AzureReservedInstances}, ...)
 * @param createdAt   when the policy was created: the switch has been on since then, without a break
 *                    (turning it off deletes the policy, turning it on again creates a new one)
 * @param createdBy   the user principal name of whoever created it
 */
public record SelfServePolicySummary(String policyId, UUID customerId, List<String> permissions,
                                     OffsetDateTime createdAt, String createdBy) {

    public SelfServePolicySummary {
        permissions = List.copyOf(permissions);
    }

    public boolean grants(String resource) {
        return permissions.contains(resource);
    }
}
