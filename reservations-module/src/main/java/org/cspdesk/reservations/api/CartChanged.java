package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A cart of reservations was created ({@code created}) or its lines replaced ("create_cart",
 * "update_cart"). Nothing is bought or priced yet: that is the checkout's order. Fired inside the
 * transaction that stores it.
 */
public record CartChanged(UUID cartId, UUID customerId, boolean created, List<Line> lineItems, Actor actor,
                          OffsetDateTime at) {

    /** One line as asked for: Partner Center's catalog item id, quantity, billing cycle and where it applies. */
    public record Line(int id, String catalogItemId, int quantity, String billingCycle, UUID subscriptionId,
                       String scope, String resourceGroup, boolean autoRenew) {
    }
}
