package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;

/**
 * The partner registered, changed or removed the webhook that hears of customers' own purchases.
 * The secret never travels in the event: the activity log must not hold it.
 */
public record PurchaseWebhookChanged(String oldUrl, boolean wasEnabled, String newUrl, boolean enabled, Actor actor,
                                     OffsetDateTime at) {
}
