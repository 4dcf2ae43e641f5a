package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;
import org.cspdesk.platform.api.WireValue;

/** Paid at once or in monthly instalments: the same total either way (Azure's rule). */
public enum BillingCycle implements WireValue {
    UPFRONT("upfront", "one_time"),
    MONTHLY("monthly", "monthly");

    private final String wire;
    private final String partnerCenter;

    BillingCycle(String wire, String partnerCenter) {
        this.wire = wire;
        this.partnerCenter = partnerCenter;
    }

    /**
     * Partner Center's {@code BillingCycleType} on carts and orders: {@code one_time} (paid up front) or
     * {@code monthly}. Reservations, our own resource, keep {@link #wire()}.
     */
    public String partnerCenter() {
        return partnerCenter;
    }

    /**
     * A cart's or order's billing cycle as Partner Center's clients send it: {@code one_time} or
     * {@code monthly}, in any case and with or without the underscore (the .NET SDK's {@code OneTime}).
     */
    public static BillingCycle ofPartnerCenter(String value, String field) {
        String folded = value == null ? "" : value.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        return switch (folded) {
            case "onetime" -> UPFRONT;
            case "monthly" -> MONTHLY;
            default -> throw ApiProblem.badRequest("invalid_value", "'" + field + "' must be one of: one_time, monthly"
                    + (value == null ? " (it is missing)" : " (got '" + Echo.shortly(value) + "')"));
        };
    }

    @Override
    public String wire() {
        return wire;
    }
}
