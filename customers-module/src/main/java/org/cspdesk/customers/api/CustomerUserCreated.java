package org.cspdesk.customers.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A user was added to a customer's tenant. Fired inside the transaction that stores it. */
public record CustomerUserCreated(UUID customerId, UUID userId, String userPrincipalName, String displayName,
                                  Actor actor, OffsetDateTime at) {
}
