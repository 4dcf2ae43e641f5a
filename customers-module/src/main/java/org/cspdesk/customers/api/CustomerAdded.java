package org.cspdesk.customers.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The partner added a customer. Fired inside the transaction that stores it. */
public record CustomerAdded(UUID customerId, String companyName, String domain, Actor actor, OffsetDateTime at) {
}
