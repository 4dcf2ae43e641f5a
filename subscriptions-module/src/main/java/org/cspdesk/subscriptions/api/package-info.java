/**
 * The subscriptions module will own the {@code subscriptions} schema: the offers catalog, the
 * subscriptions the partner buys for its customers, their status, and the Azure role assignments of
 * customer users on them. It answers the purchase prerequisites question for the modules above it.
 */
package org.cspdesk.subscriptions.api;
