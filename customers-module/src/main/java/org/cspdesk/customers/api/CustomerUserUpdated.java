package org.cspdesk.customers.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A customer user's names, usage location, phone, immutable id or domain type changed (one PATCH, one event).
 * Old and new values in Partner Center's member names, absent ones left out; never a password.
 */
public record CustomerUserUpdated(UUID customerId, UUID userId, String userPrincipalName, Map<String, Object> oldUser,
                                  Map<String, Object> newUser, Actor actor, OffsetDateTime at) {
}
