package org.cspdesk.subscriptions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The partner bought a subscription for a customer. Fired inside the transaction that stores it. The term is
 * null for a usage-based offer.
 */
public record SubscriptionPurchased(UUID customerId, UUID subscriptionId, String offerId, String offerName,
                                    String friendlyName, int quantity, String status, String billingType,
                                    String billingCycle, String termDuration, boolean autoRenewEnabled, UUID orderId,
                                    Actor actor, OffsetDateTime at) {
}
