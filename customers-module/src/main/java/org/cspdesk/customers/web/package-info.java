/**
 * The customers API ({@code /v1/customers}) and its JSON shapes, after Partner Center's Customer resource.
 */
package org.cspdesk.customers.web;
