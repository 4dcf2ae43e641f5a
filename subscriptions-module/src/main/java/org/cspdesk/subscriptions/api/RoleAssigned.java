package org.cspdesk.subscriptions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer user was given an Azure role on a subscription. Role values: Owner, Contributor, Reader, ReservationPurchaser. */
public record RoleAssigned(UUID customerId, UUID subscriptionId, UUID assignmentId, UUID userId,
                           String userPrincipalName, String role, Actor actor, OffsetDateTime at) {
}
