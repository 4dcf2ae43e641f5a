package org.cspdesk.platform.api;

/** Who acted: someone of the partner, a user of the customer, or the system itself. */
public enum OperatorType implements WireValue {
    PARTNER("partner"), CUSTOMER("customer"), SYSTEM("system");

    private final String wire;

    OperatorType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
