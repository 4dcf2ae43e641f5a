package org.cspdesk.customers.api;

import java.util.UUID;

/** A customer as other modules see it. */
public record CustomerSummary(UUID id, String companyName, String domain) {
}
