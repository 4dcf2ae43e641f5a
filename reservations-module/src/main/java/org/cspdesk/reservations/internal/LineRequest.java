package org.cspdesk.reservations.internal;

/**
 * One line of an order as asked for, already parsed: which reservation, how many, how paid, where applied,
 * and the partner's optional name for it (Partner Center's {@code friendlyName}).
 */
public record LineRequest(String skuId, Term term, int quantity, BillingCycle billingCycle, Placement placement,
                          boolean autoRenew, String friendlyName) {

    public LineRequest(String skuId, Term term, int quantity, BillingCycle billingCycle, Placement placement,
                       boolean autoRenew) {
        this(skuId, term, quantity, billingCycle, placement, autoRenew, null);
    }
}
