package org.cspdesk.customers.internal;

/** A customer user is active until deleted; a deleted user is inactive (Partner Center's soft deletion). */
public enum UserState {
    ACTIVE, INACTIVE;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
