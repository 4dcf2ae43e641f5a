package org.cspdesk.audit.web;

import org.cspdesk.audit.internal.SelfServeReport;

import java.math.RoundingMode;
import java.time.OffsetDateTime;

/**
 * The self-serve report added up over every customer: how many there are, how many may buy Azure reservations
 * on the partner's bill now, and what customers' own users bought in the window.
 */
public record SelfServeTotalsView(OffsetDateTime startDate, OffsetDateTime endDate, long customers,
                                  long allowedToPurchase, long customerOrders,
                                  SelfServeReportItem.Money billedToPartner) {

    static SelfServeTotalsView of(SelfServeReport.Totals totals, OffsetDateTime start, OffsetDateTime end) {
        return new SelfServeTotalsView(start, end, totals.customers(), totals.allowedToPurchase(),
                totals.purchases().orders(), new SelfServeReportItem.Money(
                totals.purchases().amount().setScale(2, RoundingMode.HALF_UP), totals.purchases().currency()));
    }
}
