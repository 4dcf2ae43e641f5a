package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The partner renewed a reservation: a renewal order bought the same reservation again, starting when
 * the current one expires.
 */
public record ReservationRenewed(UUID customerId, UUID reservationId, UUID renewalOrderId, UUID renewalReservationId,
                                 OffsetDateTime renewalStart, OffsetDateTime renewalExpiry, Actor actor,
                                 OffsetDateTime at) {
}
