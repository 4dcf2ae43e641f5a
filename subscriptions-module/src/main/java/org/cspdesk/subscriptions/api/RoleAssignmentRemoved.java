package org.cspdesk.subscriptions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer user's Azure role on a subscription was taken away. */
public record RoleAssignmentRemoved(UUID customerId, UUID subscriptionId, UUID assignmentId, UUID userId,
                                    String userPrincipalName, String role, Actor actor, OffsetDateTime at) {
}
