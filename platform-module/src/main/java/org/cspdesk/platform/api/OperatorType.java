package org.cspdesk.platform.api;

/**
 * Who acted: someone of the partner, a user of the customer, an application of the partner (a back end calling
 * with client credentials, no user), or the system itself.
 */
public enum OperatorType implements WireValue {
    PARTNER("partner"), CUSTOMER("customer"), APPLICATION("application"), SYSTEM("system");

    private final String wire;

    OperatorType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
