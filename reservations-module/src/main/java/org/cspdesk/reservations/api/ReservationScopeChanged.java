package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The partner changed where a reservation's discount applies (scope single, resourceGroup or shared). */
public record ReservationScopeChanged(UUID customerId, UUID reservationId, String oldScope, String oldResourceGroup,
                                      String newScope, String newResourceGroup, Actor actor, OffsetDateTime at) {
}
