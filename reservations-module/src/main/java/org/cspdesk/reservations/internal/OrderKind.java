package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

/** Why an order was placed: a purchase, the new half of an exchange, or a renewal. */
public enum OrderKind implements WireValue {
    PURCHASE("purchase"),
    EXCHANGE("exchange"),
    RENEWAL("renewal");

    private final String wire;

    OrderKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
