/**
 * The offers catalog, the subscriptions the partner buys for its customers, and the Azure role
 * assignments of customer users on them.
 */
module org.cspdesk.subscriptions {
    requires org.cspdesk.platform;
    requires org.cspdesk.customers;

    exports org.cspdesk.subscriptions.api;
}
