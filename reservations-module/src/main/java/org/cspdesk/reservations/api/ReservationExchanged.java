package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The partner exchanged a reservation: its remaining commitment was returned ({@code returned}, not
 * counted toward the refund cap) and put toward the new order {@code newOrderId}.
 */
public record ReservationExchanged(UUID customerId, UUID reservationId, BigDecimal returned, String currency,
                                   UUID newOrderId, List<UUID> newReservationIds, Actor actor, OffsetDateTime at) {
}
