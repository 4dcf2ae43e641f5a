package org.cspdesk.subscriptions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.subscriptions.api.PrerequisiteCheck;
import org.cspdesk.subscriptions.api.PrerequisitesReport;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Rules 3 and 9: only an active Azure plan or Azure Global subscription the partner bought for the
 * customer counts, and only a customer user holding Owner (or Reservation Purchaser) on one of them.
 * Two queries, whatever the number of subscriptions.
 */
@ApplicationScoped
public class AzurePurchasePrerequisites implements PurchasePrerequisites {

    @Inject
    Subscriptions subscriptions;

    @Override
    public PrerequisitesReport check(UUID customerId, String resource) {
        List<UUID> azure = activeAzureSubscriptions(customerId);
        List<UUID> owned = subscriptions.purchasingAssignments(customerId, azure).stream()
                .map(RoleAssignment::subscriptionId).distinct().toList();
        PrerequisiteCheck azureCheck = azure.isEmpty()
                ? new PrerequisiteCheck(PrerequisiteCheck.AZURE_SUBSCRIPTION, false,
                "The customer has no active Azure plan or Azure Global subscription bought by this partner: buy an "
                        + "Azure plan (offer DZH318Z0BPS6:0001) for the customer, or reactivate a suspended one.", List.of())
                : new PrerequisiteCheck(PrerequisiteCheck.AZURE_SUBSCRIPTION, true,
                "The customer has an active Azure subscription bought by this partner.", azure);
        PrerequisiteCheck ownerCheck = owned.isEmpty()
                ? new PrerequisiteCheck(PrerequisiteCheck.OWNER_ROLE, false,
                "No customer user holds Owner (or Reservation Purchaser) on an active Azure subscription: assign the "
                        + "Owner role to a customer user on the Azure plan subscription.", List.of())
                : new PrerequisiteCheck(PrerequisiteCheck.OWNER_ROLE, true,
                "Customer users hold Owner (or Reservation Purchaser) on these Azure subscriptions.", owned);
        return new PrerequisitesReport(resource, azureCheck.met() && ownerCheck.met(), List.of(azureCheck, ownerCheck));
    }

    @Override
    public boolean isEligibleAzureSubscription(UUID customerId, UUID subscriptionId) {
        return subscriptions.find(customerId, subscriptionId).map(Subscription::isActiveAzure).orElse(false);
    }

    @Override
    public boolean mayBuyReservationsOn(UUID customerId, UUID subscriptionId, String userPrincipalName) {
        String upn = userPrincipalName.toLowerCase(Locale.ROOT);
        return subscriptions.purchasingAssignments(customerId, List.of(subscriptionId)).stream()
                .anyMatch(assignment -> assignment.userPrincipalName().equals(upn));
    }

    @Override
    public List<UUID> activeAzureSubscriptions(UUID customerId) {
        return subscriptions.activeAzure(customerId).stream().map(Subscription::id).toList();
    }
}
