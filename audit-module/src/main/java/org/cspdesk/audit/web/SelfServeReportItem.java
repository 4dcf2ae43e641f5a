package org.cspdesk.audit.web;

import jakarta.json.bind.annotation.JsonbNillable;
import org.cspdesk.audit.internal.SelfServeReport;
import org.cspdesk.reservations.api.PurchaseTotals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One customer in the self-serve report. {@code enabledSince} and {@code enabledBy} are null (and present)
 * while the switch is off, so a spreadsheet import sees the same columns on every line.
 */
@JsonbNillable
public record SelfServeReportItem(UUID customerId, String companyName, boolean allowCustomerToPurchase,
                                  OffsetDateTime enabledSince, String enabledBy, long customerOrders,
                                  Money billedToPartner) {

    /** An exact amount with two decimals, and its ISO 4217 currency. */
    public record Money(BigDecimal amount, String currency) {
    }

    static SelfServeReportItem of(SelfServeReport.Row row) {
        boolean on = row.allowCustomerToPurchase();
        PurchaseTotals bought = row.purchases();
        return new SelfServeReportItem(row.customer().id(), row.customer().companyName(), on,
                on ? row.policy().createdAt() : null, on ? row.policy().createdBy() : null, bought.orders(),
                new Money(bought.amount().setScale(2, RoundingMode.HALF_UP), bought.currency()));
    }
}
