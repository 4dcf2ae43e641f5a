package org.cspdesk.platform.api;

import java.util.Set;

/**
 * The roles of the {@code groups} claim. Partner roles act for the partner; a {@code CustomerUser}
 * acts for the one customer whose tenant is in its {@code tid} claim.
 */
public final class Roles {
    public static final String ADMIN_AGENT = "AdminAgent";
    public static final String SALES_AGENT = "SalesAgent";
    public static final String HELP_DESK_AGENT = "HelpDeskAgent";
    public static final String BILLING_ADMIN = "BillingAdmin";
    public static final String GLOBAL_ADMIN = "GlobalAdmin";
    public static final String CUSTOMER_USER = "CustomerUser";

    public static final Set<String> PARTNER_ROLES =
            Set.of(ADMIN_AGENT, SALES_AGENT, HELP_DESK_AGENT, BILLING_ADMIN, GLOBAL_ADMIN);

    private Roles() {
    }
}
