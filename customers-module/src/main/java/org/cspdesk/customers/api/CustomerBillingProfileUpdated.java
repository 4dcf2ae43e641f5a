package org.cspdesk.customers.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's billing profile was replaced (Partner Center's "Update a customer's billing profile"). The old
 * and new profiles are in Partner Center's member names, absent members left out. Fired inside the change's
 * transaction.
 */
public record CustomerBillingProfileUpdated(UUID customerId, String companyName, Map<String, Object> oldProfile,
                                            Map<String, Object> newProfile, Actor actor, OffsetDateTime at) {
}
