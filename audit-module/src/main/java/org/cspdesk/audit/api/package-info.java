/**
 * What the audit module tells others: the {@link org.cspdesk.audit.api.OperationType operation types} of
 * the activity log, with their resource types and display names.
 *
 * <p>The audit module owns the {@code audit} schema: the append-only activity log. It observes the change
 * events of every other module synchronously, inside the change's transaction, so a change and its
 * record commit together; it records refused attempts in a transaction of their own; each record is
 * chained to the previous one by a SHA-256 hash so that an altered, removed or inserted record shows.
 */
package org.cspdesk.audit.api;
