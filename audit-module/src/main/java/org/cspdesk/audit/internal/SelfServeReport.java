package org.cspdesk.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.customers.api.CustomerSummary;
import org.cspdesk.permissions.api.SelfServePolicyDirectory;
import org.cspdesk.permissions.api.SelfServePolicySummary;
import org.cspdesk.reservations.api.CustomerPurchases;
import org.cspdesk.reservations.api.PurchaseTotals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The self-serve report: per customer, whether it may buy Azure reservations on the partner's bill, who
 * allowed it and since when, and what it bought itself in a window. Each page asks each module once
 * (a page of customers, their policies, their purchases), whatever its size: no query per customer.
 */
@ApplicationScoped
public class SelfServeReport {
    /** The resource of the Account page's switch, whose state the report shows. */
    static final String AZURE_RESERVATIONS = "AzureReservedInstances";

    /** One customer's line; {@code policy} is null when the customer has none (the switch is off). */
    public record Row(CustomerSummary customer, SelfServePolicySummary policy, PurchaseTotals purchases) {

        public boolean allowCustomerToPurchase() {
            return policy != null && policy.grants(AZURE_RESERVATIONS);
        }
    }

    /** The report's totals over every customer, not one page: the Reports page shows them above the pages. */
    public record Totals(long customers, long allowedToPurchase, PurchaseTotals purchases) {
    }

    @Inject
    CustomerDirectory customers;

    @Inject
    SelfServePolicyDirectory policies;

    @Inject
    CustomerPurchases purchases;

    /**
     * Up to {@code limit} customers in name order after {@code (afterName, afterId)} (the first ones when
     * null), with their own purchases created in {@code [start, end)}.
     */
    public List<Row> page(String afterName, UUID afterId, OffsetDateTime start, OffsetDateTime end, int limit) {
        List<CustomerSummary> page = customers.inNameOrder(afterName, afterId, limit);
        List<UUID> ids = page.stream().map(CustomerSummary::id).toList();
        Map<UUID, SelfServePolicySummary> policyOf = policies.currentPolicies(ids);
        Map<UUID, PurchaseTotals> purchasesOf = purchases.selfPurchasesOf(ids, start, end);
        return page.stream()
                .map(c -> new Row(c, policyOf.get(c.id()), purchasesOf.get(c.id())))
                .toList();
    }

    /** Every customer's line added up: three queries, one per module, whatever the number of customers. */
    public Totals totals(OffsetDateTime start, OffsetDateTime end) {
        return new Totals(customers.count(), policies.countGranting(AZURE_RESERVATIONS),
                purchases.allSelfPurchases(start, end));
    }
}
