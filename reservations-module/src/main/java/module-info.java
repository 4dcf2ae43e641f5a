/**
 * Customers' own Azure reservations on the partner's bill: catalog, price list, orders, reservations and
 * the partner-only lifecycle.
 */
module org.cspdesk.reservations {
    requires org.cspdesk.platform;
    requires org.cspdesk.customers;
    requires org.cspdesk.subscriptions;
    requires org.cspdesk.permissions;
    requires microprofile.config.api;
    requires jakarta.ejb;
    requires java.net.http;

    exports org.cspdesk.reservations.api;
}
