package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order of reservations was placed and billed to the partner ("Create order"): by a customer's own
 * user ({@code actor.operatorType()} is customer) or by the partner, as a purchase, the new half of an
 * exchange, or a renewal ({@code kind}). Fired inside the transaction that stores it.
 */
public record ReservationOrdered(UUID orderId, UUID customerId, String kind, List<OrderedLine> lineItems,
                                 BigDecimal totalPrice, String currency, Actor actor, OffsetDateTime at) {

    /** One line of the order and the reservation it made. */
    public record OrderedLine(UUID reservationId, String skuId, String armSkuName, String armRegionName, String term,
                              int quantity, String billingCycle, UUID subscriptionId, String scope,
                              String resourceGroup, boolean autoRenew, BigDecimal unitPrice, BigDecimal totalPrice) {
    }
}
