/**
 * Offers, subscriptions and role assignments, and the answer to the purchase prerequisites question
 * ({@link org.cspdesk.subscriptions.internal.AzurePurchasePrerequisites}).
 */
package org.cspdesk.subscriptions.internal;
