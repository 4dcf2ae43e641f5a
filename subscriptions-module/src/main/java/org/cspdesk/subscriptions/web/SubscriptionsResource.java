package org.cspdesk.subscriptions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.subscriptions.internal.AzureRole;
import org.cspdesk.subscriptions.internal.RoleAssignment;
import org.cspdesk.subscriptions.internal.Subscription;
import org.cspdesk.subscriptions.internal.SubscriptionPurchases;
import org.cspdesk.subscriptions.internal.SubscriptionStatus;
import org.cspdesk.subscriptions.internal.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** {@code /v1/customers/{customerId}/subscriptions}: what the partner bought for a customer, and who holds which Azure role. */
@Path("customers/{customerId}/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class SubscriptionsResource {

    @Inject
    SubscriptionPurchases purchases;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ContinuationTokens tokens;

    @Inject
    CurrentRequest currentRequest;

    @Context
    UriInfo uriInfo;

    @PathParam("customerId")
    String customerIdParam;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.CREATE_ORDER, resource = ResourceType.ORDER)
    @Operation(summary = "Buy a subscription for the customer", description = "Roles: AdminAgent, SalesAgent, "
            + "GlobalAdmin. Body {offerId, friendlyName, quantity, billingCycle, termDuration, autoRenewEnabled}: "
            + "quantity 1 to 10000, and 1 for a usage-based (Azure) offer, which is monthly, has no term and does not "
            + "renew. A licence offer: termDuration P1M (default) or P1Y, billingCycle monthly (default) or annual "
            + "(P1Y only), autoRenewEnabled default true. The friendly name defaults to the offer's name.")
    @APIResponse(responseCode = "201", description = "The subscription, active, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Unknown offer (code unknown_offer), quantity (code "
            + "invalid_quantity or validation_failed), a term the offer does not have (code invalid_value) or invalid body")
    @APIResponse(responseCode = "404", description = "Unknown customer")
    public Response buy(@NotNull(message = "a JSON body is required") @Valid Views.NewSubscription request) {
        Subscription s = purchases.buy(customerId(), request.offerId(), request.friendlyName(), request.quantity(),
                request.billingCycle(), request.termDuration(), request.autoRenewEnabled());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(s.id().toString()).build())
                .tag(String.valueOf(s.version())).entity(Views.SubscriptionView.of(s)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The customer's subscriptions", description = "Roles: all partner roles; a CustomerUser its own customer's. Keyset-paged.")
    public CollectionPage<Views.SubscriptionView> list(@QueryParam("size") String size,
                                                       @QueryParam("continuationToken") String continuationToken) {
        UUID customerId = visibleCustomer();
        purchases.requireCustomer(customerId);
        String query = "subscriptions|" + customerId;
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        List<Subscription> found = subscriptions.page(customerId, page.afterTime(0), page.afterId(1), page.size() + 1);
        return tokens.page(query, page, found, last -> List.of(last.createdAt().toString(), last.id().toString()),
                Views.SubscriptionView::of);
    }

    @GET
    @Path("{subscriptionId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "One subscription", description = "Roles: all partner roles; a CustomerUser its own customer's.")
    @APIResponse(responseCode = "404", description = "Unknown subscription (code subscription_not_found)")
    public Response get(@PathParam("subscriptionId") String subscriptionId) {
        Subscription s = purchases.existing(visibleCustomer(), Ids.parse(subscriptionId, "subscriptionId"));
        return Response.ok(Views.SubscriptionView.of(s)).tag(String.valueOf(s.version())).build();
    }

    @PATCH
    @Path("{subscriptionId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_SUBSCRIPTION, resource = ResourceType.SUBSCRIPTION)
    @Operation(summary = "Suspend, reactivate, delete or rename a subscription, or turn its auto-renewal on or off",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. Body {status: active|suspended|deleted, "
                    + "friendlyName, autoRenewEnabled}, at least one, or the whole Subscription as read (its other "
                    + "members are ignored; quantity only unchanged). The etag in If-Match or attributes.etag is "
                    + "honoured when sent. Deleted is final.")
    @APIResponse(responseCode = "200", description = "The subscription, with its new etag")
    @APIResponse(responseCode = "400", description = "No field to change, an unknown status or auto-renewal of a "
            + "usage-based subscription (code invalid_value), a changed quantity (code quantity_change_unsupported)")
    @APIResponse(responseCode = "404", description = "Unknown customer or subscription")
    @APIResponse(responseCode = "409", description = "The subscription is deleted (code subscription_deleted)")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    public Response patch(@PathParam("subscriptionId") String subscriptionId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull(message = "a JSON body is required") @Valid Views.SubscriptionPatch patch) {
        UUID subscription = concerned(subscriptionId);
        if (patch.status() == null && patch.friendlyName() == null && patch.autoRenewEnabled() == null) {
            throw ApiProblem.badRequest("validation_failed", "Send 'status', 'friendlyName' or 'autoRenewEnabled'.");
        }
        SubscriptionStatus status = patch.status() == null ? null
                : WireValue.parse(SubscriptionStatus.class, patch.status(), "status");
        String bodyEtag = patch.attributes() == null ? null : patch.attributes().etag();
        Long expectedVersion = ETags.expectedVersion(ifMatch != null ? ifMatch : bodyEtag);
        Subscription s = purchases.update(customerId(), subscription, expectedVersion, status, patch.friendlyName(),
                patch.autoRenewEnabled(), patch.quantity());
        return Response.ok(Views.SubscriptionView.of(s)).tag(String.valueOf(s.version())).build();
    }

    @POST
    @Path("{subscriptionId}/roleAssignments")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.CREATE_ROLE_ASSIGNMENT, resource = ResourceType.ROLE_ASSIGNMENT)
    @Operation(summary = "Give a customer user an Azure role on the subscription",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. Role: Owner, Contributor, Reader, ReservationPurchaser.")
    @APIResponse(responseCode = "400", description = "Not a user of this customer (code unknown_user) or bad role")
    @APIResponse(responseCode = "409", description = "Already assigned, or the subscription is deleted")
    public Response assign(@PathParam("subscriptionId") String subscriptionId,
                           @NotNull(message = "a JSON body is required") @Valid Views.NewRoleAssignment request) {
        RoleAssignment a = purchases.assign(customerId(), concerned(subscriptionId),
                Ids.parse(request.userId(), "userId"), WireValue.parse(AzureRole.class, request.role(), "role"));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(Views.RoleAssignmentView.of(a)).build();
    }

    @GET
    @Path("{subscriptionId}/roleAssignments")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Who holds which Azure role on the subscription", description = "Roles: all partner roles; a CustomerUser its own customer's. Paged in UPN order.")
    public CollectionPage<Views.RoleAssignmentView> assignments(@PathParam("subscriptionId") String subscriptionId,
                                                                @QueryParam("size") String size,
                                                                @QueryParam("continuationToken") String continuationToken) {
        Subscription s = purchases.existing(visibleCustomer(), Ids.parse(subscriptionId, "subscriptionId"));
        String query = "role-assignments|" + s.id();
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        // A subscription has a handful of assignments: read whole, paged in UPN and role order.
        return tokens.pageOfAll(query, page, subscriptions.assignments(s.id()),
                a -> a.userPrincipalName() + '\u0001' + a.role().wire() + '\u0001' + a.id(), Views.RoleAssignmentView::of);
    }

    @DELETE
    @Path("{subscriptionId}/roleAssignments/{assignmentId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.DELETE_ROLE_ASSIGNMENT, resource = ResourceType.ROLE_ASSIGNMENT)
    @Operation(summary = "Take an Azure role away", description = "Roles: AdminAgent, SalesAgent, GlobalAdmin.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Unknown assignment")
    public Response unassign(@PathParam("subscriptionId") String subscriptionId,
                             @PathParam("assignmentId") String assignmentId) {
        purchases.unassign(customerId(), concerned(subscriptionId), Ids.parse(assignmentId, "assignmentId"));
        return Response.noContent().build();
    }

    private UUID customerId() {
        return Ids.parse(customerIdParam, "customerId");
    }

    /** The subscription a write acts on, named so that a refusal of it is filed under it in the activity log. */
    private UUID concerned(String subscriptionId) {
        UUID id = Ids.parse(subscriptionId, "subscriptionId");
        currentRequest.concerns(customerId(), id.toString());
        return id;
    }

    private UUID visibleCustomer() {
        UUID id = customerId();
        currentRequest.ensureMaySee(id);
        return id;
    }
}
