package org.cspdesk.subscriptions.api;

import java.util.UUID;

/** An active Azure plan / Azure Global subscription of a customer: one a reservation may be bought on. */
public record AzureSubscription(UUID subscriptionId, String friendlyName, String offerId) {
}
