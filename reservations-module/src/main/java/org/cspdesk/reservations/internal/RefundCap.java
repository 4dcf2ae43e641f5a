package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.platform.api.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The cap on cancelled commitment: 50,000 USD per customer in any rolling twelve months (Azure's rule),
 * configurable with {@code CSPDESK_REFUND_CAP_USD}. Exchanges do not count toward it.
 */
@ApplicationScoped
public class RefundCap {

    @Inject
    @ConfigProperty(name = "cspdesk.refund.cap.usd", defaultValue = "50000")
    BigDecimal cap;

    @Inject
    Orders orders;

    /** Refuses a cancellation that would take the customer's cancelled commitment over the cap. */
    void require(UUID customerId, Money refund, OffsetDateTime now) {
        orders.lockRefundsOf(customerId);
        Money used = new Money(orders.cancelledSince(customerId, now.minusMonths(12)), refund.currency());
        Money limit = new Money(cap, refund.currency());
        Money left = limit.minus(used);
        if (left.isLessThan(refund)) {
            throw ApiProblem.conflict("refund_limit_exceeded", "Cancelling this reservation would refund " + refund
                    + ", but only " + (left.isLessThan(Money.zero(left.currency())) ? Money.zero(left.currency()) : left)
                    + " of the " + limit + " refund limit is left for this customer in the last 12 months ("
                    + used + " already cancelled). Exchanges do not count toward the limit.")
                    .with("refundLimit", limit.amount()).with("cancelledLast12Months", used.amount());
        }
    }
}
