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
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.subscriptions.internal.RoleAssignment;
import org.cspdesk.subscriptions.internal.SubscriptionPurchases;
import org.cspdesk.subscriptions.internal.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/customers/{customerId}/roleAssignments}: who holds which Azure role on any of the customer's
 * subscriptions, in one list: a page showing every subscription's roles asks once, not once per subscription.
 */
@Path("customers/{customerId}/roleAssignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class CustomerRoleAssignmentsResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionPurchases purchases;

    @Inject
    ContinuationTokens tokens;

    @Inject
    CurrentRequest currentRequest;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Every Azure role assignment on the customer's subscriptions",
            description = "Roles: all partner roles; a CustomerUser its own customer's. Keyset-paged in subscription, "
                    + "UPN and role order; userId keeps that user's only.")
    @APIResponse(responseCode = "200", description = "A collection of {id, subscriptionId, userId, userPrincipalName, role}")
    @APIResponse(responseCode = "400", description = "A userId that is no id (code invalid_id), bad size or token")
    @APIResponse(responseCode = "404", description = "Unknown customer (code customer_not_found)")
    public CollectionPage<Views.CustomerRoleAssignmentView> list(@PathParam("customerId") String customerId,
                                                                 @QueryParam("userId") String userId,
                                                                 @QueryParam("size") String size,
                                                                 @QueryParam("continuationToken") String continuationToken) {
        UUID customer = Ids.parse(customerId, "customerId");
        currentRequest.ensureMaySee(customer);
        UUID user = userId == null || userId.isEmpty() ? null : Ids.parse(userId, "userId");
        purchases.requireCustomer(customer);
        String query = "customer-role-assignments|" + customer + "|" + user;
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        List<RoleAssignment> found = subscriptions.customerPage(customer, user, page.after(), page.size() + 1);
        return tokens.page(query, page, found, last -> List.of(last.subscriptionId().toString(),
                last.userPrincipalName(), last.role().name(), last.id().toString()), Views.CustomerRoleAssignmentView::of);
    }
}
