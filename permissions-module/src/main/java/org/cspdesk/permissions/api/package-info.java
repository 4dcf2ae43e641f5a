/**
 * What other modules may know of customer purchase permissions: the events of every change of a
 * self-serve policy, and {@link org.cspdesk.permissions.api.PurchasePermissions} to ask whether a
 * customer may buy a resource on the partner's bill right now, and
 * {@link org.cspdesk.permissions.api.SelfServePolicyDirectory} for the current policies of many customers at
 * once (who turned the switch on, and since when), and
 * {@link org.cspdesk.permissions.api.ReservationPurchaseRules}: who may buy a reservation on a subscription, and the
 * first rule that says no, for the order and for the purchase options alike.
 *
 * <p>The permissions module owns the {@code permissions} schema: one self-serve policy per customer
 * ("Azure reservations: Allow customer to purchase"), off by default, switched by an Admin agent only,
 * and only when the subscriptions module says the prerequisites are met.
 */
package org.cspdesk.permissions.api;
