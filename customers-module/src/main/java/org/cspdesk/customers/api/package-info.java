/**
 * What other modules may know of customers: the events of every change ({@link
 * org.cspdesk.customers.api.CustomerAdded}, {@link org.cspdesk.customers.api.CustomerBillingProfileUpdated},
 * {@link org.cspdesk.customers.api.CustomerUserCreated}, {@link org.cspdesk.customers.api.CustomerUserDeleted}) and the
 * {@link org.cspdesk.customers.api.CustomerDirectory} to look customers and their users up by id.
 *
 * <p>The customers module owns the {@code customers} schema: the partner's customers (a customer's id is
 * its Azure AD tenant id), their company and billing profiles, and the users of their tenants.
 */
package org.cspdesk.customers.api;
