package org.cspdesk.subscriptions.api;

import java.util.List;
import java.util.UUID;

/**
 * The Azure roles one user holds on one subscription.
 *
 * @param roles              wire values (Owner, Contributor, Reader, ReservationPurchaser), in that order
 * @param mayBuyReservations whether one of them lets the user buy reservations there: the rule of
 *                           {@link PurchasePrerequisites#mayBuyReservationsOn}
 */
public record HeldRoles(UUID subscriptionId, List<String> roles, boolean mayBuyReservations) {
    public HeldRoles {
        roles = List.copyOf(roles);
    }
}
