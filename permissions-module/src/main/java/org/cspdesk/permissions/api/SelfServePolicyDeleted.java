package org.cspdesk.permissions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A customer may no longer buy on the partner's bill ("Delete Customer Purchase Permissions"). */
public record SelfServePolicyDeleted(String policyId, UUID customerId, List<String> oldPermissions, Actor actor,
                                     OffsetDateTime at) {
}
