package org.cspdesk.permissions.api;

import java.util.UUID;

/** Whether a customer may buy a resource ({@code AzureReservedInstances}, {@code AzureSavingsPlan}) itself. */
public interface PurchasePermissions {

    boolean mayPurchase(UUID customerId, String resource);
}
