package org.cspdesk.customers.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user was added to a customer's tenant. Fired inside the transaction that stores it. Names and usage
 * location may be null; a password is never part of it.
 */
public record CustomerUserCreated(UUID customerId, UUID userId, String userPrincipalName, String displayName,
                                  String firstName, String lastName, String usageLocation,
                                  Actor actor, OffsetDateTime at) {
}
