package org.cspdesk.subscriptions.internal;

import org.cspdesk.platform.api.WireValue;

/** The Azure roles a customer user can hold on a subscription. */
public enum AzureRole implements WireValue {
    OWNER("Owner"), CONTRIBUTOR("Contributor"), READER("Reader"), RESERVATION_PURCHASER("ReservationPurchaser");

    private final String wire;

    AzureRole(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Owner, and Azure's built-in Reservation Purchaser, may buy reservations on the subscription. */
    public boolean mayBuyReservations() {
        return this == OWNER || this == RESERVATION_PURCHASER;
    }
}
