/**
 * What other modules may know of customers: the events of every change ({@link
 * org.cspdesk.customers.api.CustomerAdded}, {@link org.cspdesk.customers.api.CustomerUserCreated}) and the
 * {@link org.cspdesk.customers.api.CustomerDirectory} to look customers and their users up by id.
 *
 * <p>The customers module owns the {@code customers} schema: the partner's customers (a customer's id is
 * its Azure AD tenant id), their company and billing profiles, and the users of their tenants.
 */
package org.cspdesk.customers.api;
