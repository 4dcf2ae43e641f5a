package org.cspdesk.platform.api;

/**
 * The operations of the activity log, written once: their wire value and the name an admin reads. The audit
 * module records change events under them, {@link Audited} names them on the endpoints whose refusals are
 * recorded; nothing else spells them.
 *
 * <p>Where Partner Center has the operation, the wire value is Partner Center's {@code OperationType}
 * (partner-center-sdk-for-dotNET {@code Models/Auditing/OperationType.cs}, Partner-Center-Java
 * {@code models/auditing/OperationType.java}), so a Partner Center client reads our records with the enum it
 * knows. The others are ours, in the same {@code verb_noun} snake_case, and listed in docs/api.md
 * (docs/adr/0017-activity-log-vocabulary.md). A stored record keeps the value it was written with.
 */
public enum OperationType implements WireValue {
    // Partner Center's operations.
    ADD_CUSTOMER("add_customer", "Add customer"),
    UPDATE_CUSTOMER_BILLING_PROFILE("update_customer_billing_profile", "Update customer billing profile"),
    CREATE_CUSTOMER_USER("create_customer_user", "Create customer user"),
    DELETE_CUSTOMER_USER("delete_customer_user", "Delete customer user"),
    UPDATE_CUSTOMER_USER("update_customer_user", "Update customer user"),
    CREATE_ORDER("create_order", "Create order"),
    UPDATE_SUBSCRIPTION("update_subscription", "Update subscription"),
    CREATE_SELF_SERVE_POLICY("create_self_serve_policy", "Create Customer Purchase Permissions"),
    UPDATE_SELF_SERVE_POLICY("update_self_serve_policy", "Update Customer Purchase Permissions"),
    DELETE_SELF_SERVE_POLICY("delete_self_serve_policy", "Delete Customer Purchase Permissions"),
    // CSP Desk's own: Partner Center has no such operation.
    CREATE_CART("create_cart", "Create cart"),
    UPDATE_CART("update_cart", "Update cart"),
    CREATE_ROLE_ASSIGNMENT("create_role_assignment", "Create role assignment"),
    DELETE_ROLE_ASSIGNMENT("delete_role_assignment", "Delete role assignment"),
    CANCEL_RESERVATION("cancel_reservation", "Cancel reservation"),
    EXCHANGE_RESERVATION("exchange_reservation", "Exchange reservation"),
    RENEW_RESERVATION("renew_reservation", "Renew reservation"),
    UPDATE_RESERVATION_SCOPE("update_reservation_scope", "Update reservation scope"),
    UPDATE_PRICE_LIST("update_price_list", "Update price list"),
    UPDATE_PURCHASE_WEBHOOK("update_purchase_webhook", "Update purchase notifications");

    private final String wire;
    private final String displayName;

    OperationType(String wire, String displayName) {
        this.wire = wire;
        this.displayName = displayName;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String displayName() {
        return displayName;
    }

    /** The display name of a wire value; the wire value itself when unknown. */
    public static String displayNameOf(String wire) {
        for (OperationType type : values()) {
            if (type.wire.equals(wire)) {
                return type.displayName;
            }
        }
        return wire;
    }
}
