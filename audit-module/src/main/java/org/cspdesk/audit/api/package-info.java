/**
 * The audit module will own the {@code audit} schema: the activity log that records every change event
 * of the other modules and every refused attempt, its queries, CSV export and reports, and the proof
 * that no record was altered.
 */
package org.cspdesk.audit.api;
