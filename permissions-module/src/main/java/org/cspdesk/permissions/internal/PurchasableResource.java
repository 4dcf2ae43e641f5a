package org.cspdesk.permissions.internal;

import org.cspdesk.platform.api.WireValue;

/** What a customer may be allowed to buy on the partner's bill (the action is always {@code Purchase}). */
public enum PurchasableResource implements WireValue {
    AZURE_RESERVED_INSTANCES("AzureReservedInstances"),
    AZURE_SAVINGS_PLAN("AzureSavingsPlan");

    public static final String PURCHASE = "Purchase";

    private final String wire;

    PurchasableResource(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
