package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

/** Paid at once or in monthly instalments: the same total either way (Azure's rule). */
public enum BillingCycle implements WireValue {
    UPFRONT("upfront"),
    MONTHLY("monthly");

    private final String wire;

    BillingCycle(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
