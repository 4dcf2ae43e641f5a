package org.cspdesk.subscriptions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The partner bought a subscription for a customer. Fired inside the transaction that stores it. */
public record SubscriptionPurchased(UUID customerId, UUID subscriptionId, String offerId, String offerName,
                                    String friendlyName, int quantity, String status, String billingType,
                                    Actor actor, OffsetDateTime at) {
}
