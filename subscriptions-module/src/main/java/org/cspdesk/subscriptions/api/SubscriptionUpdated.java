package org.cspdesk.subscriptions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A subscription's status, friendly name or auto-renewal changed (one PATCH, one event). Status values are the
 * wire values: {@code active}, {@code suspended}, {@code deleted}. Fired inside the change's transaction.
 */
public record SubscriptionUpdated(UUID customerId, UUID subscriptionId, String oldStatus, String newStatus,
                                  String oldFriendlyName, String newFriendlyName, boolean oldAutoRenewEnabled,
                                  boolean newAutoRenewEnabled, Actor actor, OffsetDateTime at) {

    public boolean statusChanged() {
        return !oldStatus.equals(newStatus);
    }
}
