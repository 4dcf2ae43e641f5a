package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

/**
 * Who placed an order, as the order history filters it ({@code purchasedBy}): the partner on the customer's
 * behalf, or the customer's own user. The wire value is the order's {@code purchasedBy.operatorType}.
 */
public enum Purchaser implements WireValue {
    PARTNER("partner"),
    CUSTOMER("customer");

    private final String wire;

    Purchaser(String wire) {
        this.wire = wire;
    }

    /** The purchaser a query parameter names, in any case ({@code Partner}, {@code CUSTOMER}); else 400 invalid_value. */
    public static Purchaser parse(String value, String field) {
        for (Purchaser candidate : values()) {
            if (candidate.wire.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        return WireValue.parse(Purchaser.class, value, field);
    }

    @Override
    public String wire() {
        return wire;
    }
}
