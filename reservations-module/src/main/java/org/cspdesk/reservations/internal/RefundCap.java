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

    /**
     * Where a refund stands against the cap: the limit, what the customer cancelled in the last twelve months,
     * what is left of the limit (never below zero), and whether the refund fits. The one reading of the rule,
     * for the cancellation and for its preview alike.
     */
    public record Standing(Money refund, Money limit, Money cancelledLast12Months, Money left, boolean allowed) {
    }

    /** Where a refund of {@code refund} would stand now; reads only, locks nothing. */
    Standing standing(UUID customerId, Money refund, OffsetDateTime now) {
        Money used = new Money(orders.cancelledSince(customerId, now.minusMonths(12)), refund.currency());
        Money limit = new Money(cap, refund.currency());
        Money left = limit.minus(used);
        boolean allowed = !left.isLessThan(refund);
        Money zero = Money.zero(left.currency());
        return new Standing(refund, limit, used, left.isLessThan(zero) ? zero : left, allowed);
    }

    /** Refuses a cancellation that would take the customer's cancelled commitment over the cap. */
    void require(UUID customerId, Money refund, OffsetDateTime now) {
        orders.lockRefundsOf(customerId);
        Standing standing = standing(customerId, refund, now);
        if (!standing.allowed()) {
            throw ApiProblem.conflict("refund_limit_exceeded", "Cancelling this reservation would refund " + refund
                    + ", but only " + standing.left() + " of the " + standing.limit() + " refund limit is left for"
                    + " this customer in the last 12 months (" + standing.cancelledLast12Months() + " already"
                    + " cancelled). Exchanges do not count toward the limit.")
                    .with("refundLimit", standing.limit().amount())
                    .with("cancelledLast12Months", standing.cancelledLast12Months().amount());
        }
    }
}
