package org.cspdesk.permissions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The resources a customer may buy on the partner's bill changed ("Update Customer Purchase Permissions"). */
public record SelfServePolicyUpdated(String policyId, UUID customerId, List<String> oldPermissions,
                                     List<String> newPermissions, Actor actor, OffsetDateTime at) {
}
