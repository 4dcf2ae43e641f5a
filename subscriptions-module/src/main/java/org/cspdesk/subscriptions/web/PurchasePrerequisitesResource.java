package org.cspdesk.subscriptions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.subscriptions.api.PrerequisitesReport;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;
import org.cspdesk.subscriptions.internal.SubscriptionPurchases;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

/** {@code /v1/customers/{customerId}/purchasePrerequisites}: the check, asked without switching anything. */
@Path("customers/{customerId}/purchasePrerequisites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer purchase permissions")
public class PurchasePrerequisitesResource {
    private static final Set<String> RESOURCES = Set.of("AzureReservedInstances", "AzureSavingsPlan");

    @Inject
    PurchasePrerequisites prerequisites;

    @Inject
    SubscriptionPurchases purchases;

    @Inject
    CurrentRequest currentRequest;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Whether the customer may be allowed to buy on the partner's bill, and how to fix it",
            description = "Roles: all partner roles; a CustomerUser its own customer's. Checks azure_subscription and owner_role.")
    public PrerequisitesReport check(@PathParam("customerId") String customerId, @QueryParam("resource") String resource) {
        UUID id = Ids.parse(customerId, "customerId");
        currentRequest.ensureMaySee(id);
        purchases.requireCustomer(id);
        String wanted = resource == null ? "AzureReservedInstances" : resource;
        if (!RESOURCES.contains(wanted)) {
            throw ApiProblem.badRequest("invalid_value", "'resource' must be AzureReservedInstances or AzureSavingsPlan.");
        }
        return prerequisites.check(id, wanted);
    }
}
