/**
 * Customers of the partner (tenant, company and billing profile) and the users of their tenants.
 */
module org.cspdesk.customers {
    requires org.cspdesk.platform;

    exports org.cspdesk.customers.api;
}
