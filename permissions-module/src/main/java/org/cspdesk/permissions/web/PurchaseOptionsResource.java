package org.cspdesk.permissions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.permissions.api.PurchasePermissions;
import org.cspdesk.permissions.api.ReservationPurchaseRules;
import org.cspdesk.permissions.internal.PurchasableResource;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.subscriptions.api.AzureSubscription;
import org.cspdesk.subscriptions.api.HeldRoles;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /v1/customers/{customerId}/purchaseOptions/azureReservations}: on which of the customer's subscriptions
 * the caller may buy a reservation, and why not, by the rules an order enforces ({@link ReservationPurchaseRules}).
 * Four queries whatever the number of subscriptions: the customer, its switch, its Azure subscriptions, and a
 * customer user's roles on all of them.
 */
@Path("customers/{customerId}/purchaseOptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer purchase permissions")
public class PurchaseOptionsResource {

    @Inject
    CustomerDirectory customers;

    @Inject
    PurchasePermissions permissions;

    @Inject
    PurchasePrerequisites prerequisites;

    @Inject
    CurrentRequest currentRequest;

    @GET
    @Path("azureReservations")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Where the caller may buy Azure reservations for the customer, and why not",
            description = "Roles: all partner roles; a CustomerUser its own customer's. The customer's active Azure plan "
                    + "and Azure Global subscriptions, each with mayBuy and reason (purchase_not_permitted, "
                    + "owner_role_required, partner_role_required) as an order would decide, and the caller's roles.")
    @APIResponse(responseCode = "200", description = "{allowCustomerToPurchase, subscriptions, attributes}")
    @APIResponse(responseCode = "404", description = "Unknown customer, or another customer's (code customer_not_found)")
    public PurchaseOptionsView azureReservations(@PathParam("customerId") String customerId) {
        UUID id = Ids.parse(customerId, "customerId");
        currentRequest.ensureMaySee(id);
        customers.require(id);
        boolean switchOn = permissions.mayPurchase(id, PurchasableResource.AZURE_RESERVED_INSTANCES.wire());
        List<AzureSubscription> eligible = prerequisites.eligibleAzureSubscriptions(id);
        List<PurchaseOptionsView.Option> options;
        if (currentRequest.isCustomerUser()) {
            Map<UUID, HeldRoles> held = eligible.isEmpty() ? Map.of()
                    : prerequisites.rolesOn(id, currentRequest.userPrincipalName());
            options = eligible.stream().map(s -> {
                HeldRoles roles = held.getOrDefault(s.subscriptionId(), new HeldRoles(s.subscriptionId(), List.of(), false));
                return option(s, ReservationPurchaseRules.ofCustomerUser(switchOn, roles.mayBuyReservations()), roles.roles());
            }).toList();
        } else {
            Set<String> callerRoles = Roles.PARTNER_ROLES.stream().filter(currentRequest::hasRole).collect(Collectors.toSet());
            Optional<ReservationPurchaseRules.Refusal> refusal = ReservationPurchaseRules.ofPartner(callerRoles);
            options = eligible.stream().map(s -> option(s, refusal, List.of())).toList();
        }
        return new PurchaseOptionsView(switchOn, options, Attributes.of("PurchaseOptions"));
    }

    private static PurchaseOptionsView.Option option(AzureSubscription subscription,
                                                     Optional<ReservationPurchaseRules.Refusal> refusal, List<String> roles) {
        return new PurchaseOptionsView.Option(subscription.subscriptionId().toString(), subscription.friendlyName(),
                subscription.offerId(), refusal.isEmpty(), refusal.map(WireValue::wire).orElse(null), roles);
    }
}
