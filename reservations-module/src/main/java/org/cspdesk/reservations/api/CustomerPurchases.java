package org.cspdesk.reservations.api;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What customers bought themselves on the partner's bill: the question behind the self-serve report
 * ("what are customers buying on our bill?"). Only orders placed by a customer's own users count;
 * the partner's purchases on a customer's behalf are its own decision and are not in these totals.
 */
public interface CustomerPurchases {

    /**
     * For each of {@code customerIds}: its users' orders created in {@code [start, end)} and their total
     * billed to the partner. Every asked customer is in the answer, with zero when it bought nothing.
     * One query, whatever the number of customers.
     */
    Map<UUID, PurchaseTotals> selfPurchasesOf(Collection<UUID> customerIds, OffsetDateTime start, OffsetDateTime end);

    /** All customers' own orders created in {@code [start, end)} and their total: the report's totals. One query. */
    PurchaseTotals allSelfPurchases(OffsetDateTime start, OffsetDateTime end);
}
