/**
 * The activity log: every change of every module and every refused attempt, queried by admins.
 */
module org.cspdesk.audit {
    requires org.cspdesk.platform;
    requires org.cspdesk.customers;
    requires org.cspdesk.subscriptions;
    requires org.cspdesk.permissions;
    requires org.cspdesk.reservations;
    requires jakarta.json;
    requires java.sql;

    exports org.cspdesk.audit.api;
}
