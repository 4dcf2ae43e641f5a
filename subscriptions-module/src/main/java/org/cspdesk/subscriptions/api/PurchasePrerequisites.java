package org.cspdesk.subscriptions.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The question the modules above ask before a customer buys on the partner's bill (docs/rules.md rules 3
 * and 9). Only an <em>active</em> Azure plan ({@code DZH318Z0BPS6:0001}) or Azure Global
 * ({@code MS-AZR-0145P}) subscription this partner bought for the customer counts, and only Owner or
 * Reservation Purchaser on such a subscription.
 */
public interface PurchasePrerequisites {

    /** The two checks for turning the purchase permission on, for {@code resource} (e.g. AzureReservedInstances). */
    PrerequisitesReport check(UUID customerId, String resource);

    /** True when the subscription is an active Azure plan / Azure Global subscription of that customer. */
    boolean isEligibleAzureSubscription(UUID customerId, UUID subscriptionId);

    /** True when that user holds Owner or Reservation Purchaser on that subscription of that customer. */
    boolean mayBuyReservationsOn(UUID customerId, UUID subscriptionId, String userPrincipalName);

    /** The customer's active Azure plan / Azure Global subscriptions: where a shared-scope reservation applies. */
    List<UUID> activeAzureSubscriptions(UUID customerId);

    /**
     * The same subscriptions with their names and offers, in purchase order: those {@link
     * #isEligibleAzureSubscription} accepts. One query.
     */
    List<AzureSubscription> eligibleAzureSubscriptions(UUID customerId);

    /**
     * The roles that user holds on each of the customer's subscriptions, in one query: a subscription where it
     * holds none is absent. The UPN in any case.
     */
    Map<UUID, HeldRoles> rolesOn(UUID customerId, String userPrincipalName);
}
