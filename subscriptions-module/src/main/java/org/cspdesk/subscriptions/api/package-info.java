/**
 * What other modules may know of subscriptions: the events of every change and the
 * {@link org.cspdesk.subscriptions.api.PurchasePrerequisites} question the permissions and reservations
 * modules ask before a customer may buy on the partner's bill.
 *
 * <p>The subscriptions module owns the {@code subscriptions} schema: the offers catalog, the
 * subscriptions the partner buys for its customers and their status, and the Azure role assignments
 * (Owner, Contributor, Reader, Reservation Purchaser) of customer users on them.
 */
package org.cspdesk.subscriptions.api;
