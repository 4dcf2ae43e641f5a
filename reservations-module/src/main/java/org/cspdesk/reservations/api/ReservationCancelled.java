package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The partner cancelled a reservation and refunded its remaining commitment (counted toward the cap). */
public record ReservationCancelled(UUID customerId, UUID reservationId, UUID orderId, BigDecimal refund,
                                   String currency, Actor actor, OffsetDateTime at) {
}
