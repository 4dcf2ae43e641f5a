package org.cspdesk.platform.api;

/**
 * The kinds of resource the activity log files records under, written once (see {@link OperationType}):
 * Partner Center's {@code ResourceType} wire values where it has the resource, ours in the same style where not.
 */
public enum ResourceType implements WireValue {
    // Partner Center's resource types.
    CUSTOMER("customer"),
    CUSTOMER_USER("customer_user"),
    SUBSCRIPTION("subscription"),
    ORDER("order"),
    SELF_SERVE_POLICY("self_serve_policy"),
    // CSP Desk's own.
    ROLE_ASSIGNMENT("role_assignment"),
    CART("cart"),
    RESERVATION("reservation"),
    PRICE_LIST("price_list"),
    PURCHASE_WEBHOOK("purchase_webhook");

    private final String wire;

    ResourceType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
