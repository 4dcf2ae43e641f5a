/**
 * The activity log: every change of every module and every refused attempt, queried by admins.
 *
 * <p>The audit module owns the {@code audit} schema: the append-only activity log. It observes the change
 * events of every other module synchronously, inside the change's transaction, so a change and its record
 * commit together; it records refused attempts in a transaction of their own; each record is chained to the
 * previous one by a SHA-256 hash so that an altered, removed or inserted record shows. It exports nothing:
 * no module asks it anything (the operation types it records under are the platform's).
 */
module org.cspdesk.audit {
    requires org.cspdesk.platform;
    requires org.cspdesk.customers;
    requires org.cspdesk.subscriptions;
    requires org.cspdesk.permissions;
    requires org.cspdesk.reservations;
    requires jakarta.json;
    requires microprofile.config.api;
    requires java.sql;
    requires org.postgresql.jdbc;
}
