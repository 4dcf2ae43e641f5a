package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

/** Active until it is cancelled, exchanged or reaches its expiry date. */
public enum ReservationStatus implements WireValue {
    ACTIVE("active"),
    CANCELLED("cancelled"),
    EXCHANGED("exchanged"),
    EXPIRED("expired");

    private final String wire;

    ReservationStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
