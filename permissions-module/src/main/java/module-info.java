/**
 * Customer purchase permissions: self-serve policies and the Admin-agent switch.
 */
module org.cspdesk.permissions {
    requires org.cspdesk.platform;
    requires org.cspdesk.customers;
    requires org.cspdesk.subscriptions;

    exports org.cspdesk.permissions.api;
}
