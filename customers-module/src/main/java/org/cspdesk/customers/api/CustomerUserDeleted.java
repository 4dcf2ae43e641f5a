package org.cspdesk.customers.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer user was deleted (made inactive, as Partner Center does). Fired inside the transaction that
 * deletes it, so that what depends on the user (its Azure roles, in the subscriptions module) goes with it.
 */
public record CustomerUserDeleted(UUID customerId, UUID userId, String userPrincipalName, String displayName,
                                  Actor actor, OffsetDateTime at) {
}
