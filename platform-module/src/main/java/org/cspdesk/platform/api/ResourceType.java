package org.cspdesk.platform.api;

/** The kinds of resource the activity log files records under, written once (see {@link OperationType}). */
public enum ResourceType implements WireValue {
    CUSTOMER("customer"),
    CUSTOMER_USER("customer_user"),
    SUBSCRIPTION("subscription"),
    ORDER("order"),
    CART("cart"),
    ROLE_ASSIGNMENT("role_assignment"),
    SELF_SERVE_POLICY("self_serve_policy"),
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
