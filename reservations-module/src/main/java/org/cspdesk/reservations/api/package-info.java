/**
 * The reservations module will own the {@code reservations} schema: the reservation catalog and the
 * partner's price list, orders (by the partner or, when allowed, by a customer user), the reservations
 * inventory and the partner-only lifecycle (exchange, cancel, renew, change scope).
 */
package org.cspdesk.reservations.api;
