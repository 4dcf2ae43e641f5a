package org.cspdesk.permissions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.permissions.internal.PurchasableResource;
import org.cspdesk.permissions.internal.SelfServePolicies;
import org.cspdesk.permissions.internal.SelfServePolicy;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.CustomerVersions;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code /v1/customers/{customerId}/permissions}: the dashboard's "Customer permissions" area. The
 * switch does exactly what the SelfServePolicy API does and leaves the same records.
 */
@Path("customers/{customerId}/permissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer purchase permissions")
public class CustomerPermissionsResource {

    @Inject
    SelfServePolicies policies;

    @Inject
    PurchasePrerequisites prerequisites;

    @Inject
    PartnerIdentity partner;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    CustomerVersions versions;

    @Inject
    AccountViews views;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The customer's purchase permissions (Account page)",
            description = "Roles: all partner roles (Sales and Help desk agents see it read-only); a CustomerUser its own.")
    @APIResponse(responseCode = "200", description = "The switch state and its prerequisites")
    @APIResponse(responseCode = "404", description = "Unknown customer")
    public AccountPermissionsView get(@PathParam("customerId") String customerId) {
        UUID id = Ids.parse(customerId, "customerId");
        currentRequest.ensureMaySee(id);
        // The version first: a view read after it is at least as new as it (AccountViews).
        long version = versions.current(id);
        return views.at(id, version, () -> view(id, policies.ofCustomer(id)));
    }

    @PUT
    @Path("azureReservations")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.CREATE_SELF_SERVE_POLICY, resource = ResourceType.SELF_SERVE_POLICY,
            switchField = "allowCustomerToPurchase", offOperation = OperationType.DELETE_SELF_SERVE_POLICY)
    @Operation(summary = "Switch 'Azure reservations: Allow customer to purchase'",
            description = "Roles: AdminAgent, GlobalAdmin. Creates or deletes the self-serve policy; idempotent.")
    @APIResponse(responseCode = "200", description = "The area after the switch")
    @APIResponse(responseCode = "403", description = "The role may not switch (Sales and Help desk agents read only)")
    @APIResponse(responseCode = "409", description = "Prerequisites not met (code prerequisites_not_met, with failedChecks)")
    public AccountPermissionsView switchAzureReservations(@PathParam("customerId") String customerId,
            @NotNull(message = "a JSON body is required") @Valid SwitchRequest request) {
        UUID id = Ids.parse(customerId, "customerId");
        currentRequest.concerns(id, SelfServePolicy.idOf(partner.tenantId(), id));
        return view(id, policies.switchTo(id, PurchasableResource.AZURE_RESERVED_INSTANCES,
                request.allowCustomerToPurchase()));
    }

    private AccountPermissionsView view(UUID customerId, Optional<SelfServePolicy> policy) {
        boolean on = policy.map(p -> p.grants(PurchasableResource.AZURE_RESERVED_INSTANCES)).orElse(false);
        return new AccountPermissionsView(new AccountPermissionsView.AzureReservations(on,
                policy.map(SelfServePolicy::id).orElse(null),
                policy.map(p -> ETags.of(p.version())).orElse(null),
                on ? policy.get().createdAt() : null, on ? policy.get().createdBy() : null,
                prerequisites.check(customerId, PurchasableResource.AZURE_RESERVED_INSTANCES.wire())));
    }
}
