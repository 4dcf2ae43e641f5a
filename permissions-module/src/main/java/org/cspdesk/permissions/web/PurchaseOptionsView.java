package org.cspdesk.permissions.web;

import jakarta.json.bind.annotation.JsonbNillable;
import org.cspdesk.platform.api.Attributes;

import java.util.List;

/**
 * What the caller may buy for a customer, for the dashboard's Buy reservation page in one call.
 *
 * @param allowCustomerToPurchase the customer's switch "Azure reservations: Allow customer to purchase"
 * @param subscriptions           the customer's subscriptions a reservation may be bought on, in purchase order
 */
public record PurchaseOptionsView(boolean allowCustomerToPurchase, List<Option> subscriptions, Attributes attributes) {

    /**
     * @param mayBuy whether an order by the caller on this subscription would pass who-may-buy
     * @param reason why not (purchase_not_permitted, owner_role_required, partner_role_required); null when it may
     * @param roles  the caller's own Azure roles on it (a customer's user; none for partner staff)
     */
    @JsonbNillable // reason is null, and present, where the caller may buy: every option has the same members
    public record Option(String subscriptionId, String friendlyName, String offerId, boolean mayBuy, String reason,
                         List<String> roles) {
    }
}
