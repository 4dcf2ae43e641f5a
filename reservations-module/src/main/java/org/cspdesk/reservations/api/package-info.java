/**
 * What other modules may know of reservations: the events of every purchase and lifecycle change, and
 * {@link org.cspdesk.reservations.api.CustomerPurchases} for what customers bought on the partner's bill.
 *
 * <p>The reservations module owns the {@code reservations} schema: the reservation catalog and the
 * partner's price list, orders (by the partner or, when the switch is on, by a customer user), the
 * reservations inventory, the partner-only lifecycle (exchange, cancel, renew, change scope) and the
 * outbox of opt-in purchase notifications. It asks the permissions and subscriptions modules through
 * their {@code api} packages; neither of them knows it.
 */
package org.cspdesk.reservations.api;
