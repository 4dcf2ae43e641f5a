/**
 * The activity log's records and how they are written: {@link org.cspdesk.audit.internal.ChangeEvents}
 * turns every module's change events into records, {@link org.cspdesk.audit.internal.AuditChain} appends
 * them to the hash chain.
 */
package org.cspdesk.audit.internal;
