package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

/**
 * Where a reservation's discount applies: one subscription, one resource group of it, or every
 * subscription the partner bought for the customer (docs/rules.md rule 8).
 */
public enum ReservationScope implements WireValue {
    SINGLE("single"),
    SHARED("shared"),
    RESOURCE_GROUP("resourceGroup");

    private final String wire;

    ReservationScope(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
