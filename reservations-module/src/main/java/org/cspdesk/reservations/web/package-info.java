/**
 * The reservations API: catalog, price list, orders, the Reservations page with the partner-only
 * lifecycle, and the opt-in purchase webhook.
 */
package org.cspdesk.reservations.web;
