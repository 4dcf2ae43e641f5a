package org.cspdesk.customers.api;

import java.util.UUID;

/** A user of a customer's tenant as other modules see it. */
public record CustomerUserSummary(UUID id, UUID customerId, String userPrincipalName, String displayName) {
}
