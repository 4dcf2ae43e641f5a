package org.cspdesk.subscriptions.internal;

import org.cspdesk.platform.api.WireValue;

/** A subscription's status. {@code deleted} is final; pending and expired come from Partner Center's own flows. */
public enum SubscriptionStatus implements WireValue {
    ACTIVE("active"), PENDING("pending"), SUSPENDED("suspended"), DELETED("deleted"), EXPIRED("expired");

    private final String wire;

    SubscriptionStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The partner sets active, suspended or deleted; pending and expired only come from Partner Center. */
    boolean maySetThroughApi() {
        return this == ACTIVE || this == SUSPENDED || this == DELETED;
    }
}
