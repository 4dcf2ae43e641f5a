/**
 * The reservations module's domain, persistence and services: the catalog (read once), the price list,
 * orders and reservations, the partner-only lifecycle with its refund cap, and the purchase-notification
 * outbox with its sender.
 */
package org.cspdesk.reservations.internal;
