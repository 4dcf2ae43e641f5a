package org.cspdesk.permissions.web;

import java.time.OffsetDateTime;

import org.cspdesk.subscriptions.api.PrerequisitesReport;

/** The "Customer permissions" area at the bottom of a customer's Account page. */
public record AccountPermissionsView(AzureReservations azureReservations) {

    /**
     * @param allowCustomerToPurchase the switch "Azure reservations: Allow customer to purchase"
     * @param policyId                the self-serve policy behind it, when on
     * @param etag                    that policy's etag, when on
     * @param enabledSince            since when it is on (the policy's creation), when on
     * @param enabledBy               who turned it on (user principal name), when on
     * @param prerequisites           what turning it on requires, and whether it holds now
     */
    public record AzureReservations(boolean allowCustomerToPurchase, String policyId, String etag,
                                    OffsetDateTime enabledSince, String enabledBy,
                                    PrerequisitesReport prerequisites) {
    }
}
