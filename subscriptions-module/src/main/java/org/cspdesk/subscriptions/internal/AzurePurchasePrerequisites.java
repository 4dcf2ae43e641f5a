package org.cspdesk.subscriptions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.subscriptions.api.AzureSubscription;
import org.cspdesk.subscriptions.api.HeldRoles;
import org.cspdesk.subscriptions.api.PrerequisiteCheck;
import org.cspdesk.subscriptions.api.PrerequisitesReport;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rules 3 and 9: only an active Azure plan or Azure Global subscription the partner bought for the
 * customer counts, and only a customer user holding Owner (or Reservation Purchaser) on one of them.
 * A license subscription never counts, nor a suspended or deleted Azure one, nor Owner on a license
 * subscription. One query, whatever the number of subscriptions and users.
 */
@ApplicationScoped
public class AzurePurchasePrerequisites implements PurchasePrerequisites {
    static final String BUY_AN_AZURE_PLAN = "The customer has no active Azure plan or Azure Global subscription "
            + "bought by this partner: buy an Azure plan (offer DZH318Z0BPS6:0001) for the customer, or reactivate "
            + "a suspended one.";
    static final String ASSIGN_OWNER = "No customer user holds Owner (or Reservation Purchaser) on an active "
            + "Azure subscription of the customer: assign the Owner role to a customer user on the Azure plan "
            + "subscription.";

    @Inject
    Subscriptions subscriptions;

    @Override
    public PrerequisitesReport check(UUID customerId, String resource) {
        Subscriptions.ActiveAzurePurchasing azure = subscriptions.activeAzurePurchasing(customerId);
        return report(resource, azure.subscriptions(), azure.purchasingAssignments());
    }

    /**
     * The report, from the customer's active Azure subscriptions and the purchasing roles held on them.
     * The owner check lists only subscriptions of {@code azure}: a role anywhere else does not count.
     */
    static PrerequisitesReport report(String resource, List<UUID> azure, Collection<RoleAssignment> assignments) {
        List<UUID> owned = azure.stream().filter(subscription -> assignments.stream().anyMatch(assignment ->
                assignment.subscriptionId().equals(subscription) && assignment.role().mayBuyReservations())).toList();
        PrerequisiteCheck azureCheck = azure.isEmpty()
                ? new PrerequisiteCheck(PrerequisiteCheck.AZURE_SUBSCRIPTION, false, BUY_AN_AZURE_PLAN, List.of())
                : new PrerequisiteCheck(PrerequisiteCheck.AZURE_SUBSCRIPTION, true,
                "The customer has an active Azure subscription bought by this partner.", azure);
        PrerequisiteCheck ownerCheck = owned.isEmpty()
                ? new PrerequisiteCheck(PrerequisiteCheck.OWNER_ROLE, false, ASSIGN_OWNER, List.of())
                : new PrerequisiteCheck(PrerequisiteCheck.OWNER_ROLE, true,
                "Customer users hold Owner (or Reservation Purchaser) on these Azure subscriptions.", owned);
        return new PrerequisitesReport(resource, azureCheck.met() && ownerCheck.met(), List.of(azureCheck, ownerCheck));
    }

    @Override
    public boolean isEligibleAzureSubscription(UUID customerId, UUID subscriptionId) {
        return subscriptions.find(customerId, subscriptionId).map(Subscription::isActiveAzure).orElse(false);
    }

    /** UPNs are kept lower-case (as the customers module keeps them), so the comparison ignores case. */
    @Override
    public boolean mayBuyReservationsOn(UUID customerId, UUID subscriptionId, String userPrincipalName) {
        if (userPrincipalName == null) {
            return false;
        }
        String upn = userPrincipalName.toLowerCase(Locale.ROOT);
        return subscriptions.purchasingAssignments(customerId, List.of(subscriptionId)).stream()
                .anyMatch(assignment -> assignment.userPrincipalName().toLowerCase(Locale.ROOT).equals(upn));
    }

    @Override
    public List<UUID> activeAzureSubscriptions(UUID customerId) {
        return subscriptions.activeAzure(customerId);
    }

    @Override
    public List<AzureSubscription> eligibleAzureSubscriptions(UUID customerId) {
        return subscriptions.activeAzureSubscriptions(customerId).stream()
                .map(s -> new AzureSubscription(s.id(), s.friendlyName(), s.offerId())).toList();
    }

    /** Whether the roles let their holder buy is {@link AzureRole#mayBuyReservations}, as for an order. */
    @Override
    public Map<UUID, HeldRoles> rolesOn(UUID customerId, String userPrincipalName) {
        Map<UUID, List<AzureRole>> bySubscription = new LinkedHashMap<>();
        if (userPrincipalName != null) {
            for (RoleAssignment a : subscriptions.assignmentsOfPrincipal(customerId,
                    userPrincipalName.toLowerCase(Locale.ROOT))) {
                bySubscription.computeIfAbsent(a.subscriptionId(), id -> new ArrayList<>()).add(a.role());
            }
        }
        Map<UUID, HeldRoles> held = new LinkedHashMap<>();
        bySubscription.forEach((subscription, roles) -> held.put(subscription, new HeldRoles(subscription,
                roles.stream().sorted(Comparator.naturalOrder()).map(AzureRole::wire).toList(),
                roles.stream().anyMatch(AzureRole::mayBuyReservations))));
        return held;
    }
}
