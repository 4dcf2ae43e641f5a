package org.cspdesk.reservations.internal;

/** One line of an order as asked for, already parsed: which reservation, how many, how paid, where applied. */
public record LineRequest(String skuId, Term term, int quantity, BillingCycle billingCycle, Placement placement,
                          boolean autoRenew) {
}
