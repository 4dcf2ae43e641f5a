/**
 * The customers domain and its persistence: {@link org.cspdesk.customers.internal.Customer} and
 * {@link org.cspdesk.customers.internal.CustomerUser}, the repository and the service that changes them
 * and announces every change.
 */
package org.cspdesk.customers.internal;
