package org.cspdesk.permissions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.permissions.api.SelfServePolicyDirectory;
import org.cspdesk.permissions.api.SelfServePolicySummary;
import org.cspdesk.permissions.internal.PurchasableResource;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1/permissions/azureReservations?customerId=...}: the switch of many customers in one query, so that a
 * list of customers (the dashboard's Customers page) shows each one's switch without a call per row.
 */
@Path("permissions/azureReservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer purchase permissions")
public class SwitchStatesResource {
    /** As many as the largest page of customers. */
    static final int MAX_CUSTOMERS = 500;

    @Inject
    SelfServePolicyDirectory policies;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN})
    @Operation(summary = "The switch 'Azure reservations: Allow customer to purchase' of many customers",
            description = "Roles: all partner roles. customerId repeated, 1 to 500 customer ids; one item per id, in "
                    + "the order asked (an id that is no customer of the partner is off). One query.")
    public SwitchStates list(@QueryParam("customerId") List<String> customerIds) {
        if (customerIds == null || customerIds.isEmpty()) {
            throw ApiProblem.badRequest("missing_parameter", "Name at least one customer: customerId=<tenant id>, repeated.");
        }
        if (customerIds.size() > MAX_CUSTOMERS) {
            throw ApiProblem.badRequest("invalid_value", "At most " + MAX_CUSTOMERS + " customers at once (got "
                    + customerIds.size() + ").");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : customerIds) {
            ids.add(Ids.parse(id, "customerId"));
        }
        Map<UUID, SelfServePolicySummary> current = policies.currentPolicies(ids);
        String resource = PurchasableResource.AZURE_RESERVED_INSTANCES.wire();
        List<SwitchState> items = ids.stream().map(id -> {
            SelfServePolicySummary policy = current.get(id);
            boolean on = policy != null && policy.grants(resource);
            return new SwitchState(id, on, on ? policy.createdAt() : null, on ? policy.createdBy() : null);
        }).toList();
        return new SwitchStates(items, items.size());
    }

    /** One customer's switch: on or off, and since when and by whom when on. */
    public record SwitchState(UUID customerId, boolean allowCustomerToPurchase, OffsetDateTime enabledSince,
                              String enabledBy) {
    }

    public record SwitchStates(List<SwitchState> items, int totalCount) {
    }
}
