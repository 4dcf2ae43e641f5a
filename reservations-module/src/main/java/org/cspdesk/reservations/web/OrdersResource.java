package org.cspdesk.reservations.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.reservations.internal.CustomerOrder;
import org.cspdesk.reservations.internal.Orders;
import org.cspdesk.reservations.internal.Purchaser;
import org.cspdesk.reservations.internal.ReservationPurchases;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/customers/{customerId}/orders}: reservation orders, by the partner on the customer's behalf
 * or by the customer's own users when the partner allows it, always billed to the partner.
 */
@Path("customers/{customerId}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class OrdersResource {

    @Inject
    ReservationPurchases purchases;

    @Inject
    Orders orders;

    @Inject
    CustomerDirectory customers;

    @Inject
    ContinuationTokens tokens;

    @Inject
    CurrentRequest currentRequest;

    @Context
    UriInfo uriInfo;

    @PathParam("customerId")
    String customerIdParam;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Audited(operation = OperationType.CREATE_ORDER, resource = ResourceType.ORDER)
    @Operation(summary = "Buy reservations, billed to the partner (Partner Center's Create an order)",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin (on the customer's behalf), CustomerUser (its "
            + "own customer, when allowed). Partner Center's order body: {billingCycle: one_time|monthly, lineItems: "
            + "[{lineItemNumber, offerId: productId:skuId:P1Y|P3Y, friendlyName, quantity, termDuration, "
            + "provisioningContext: {subscriptionId, scope: single|resourceGroup|shared, resourceGroup, duration: "
            + "1Year|3Years, autoRenew: \"true\"|\"false\"}}]}; the read-only members of Partner Center's order "
            + "are accepted and ignored. Priced from the partner's price list. MS-RequestId makes a retry act once.")
    @APIResponse(responseCode = "201", description = "The order in Partner Center's shape: unitPrice and totalPrice "
            + "as JSON numbers in currencyCode; billedTo partner and purchasedBy besides")
    @APIResponse(responseCode = "400", description = "Unknown SKU/term (code unknown_sku), an offerId not of the "
            + "form productId:skuId:availabilityId (code invalid_catalog_item_id), a termDuration or duration other "
            + "than the offer's (code term_mismatch), invalid value or body")
    @APIResponse(responseCode = "403", description = "A customer user while the switch is off (code "
            + "purchase_not_permitted) or without Owner/Reservation Purchaser on the subscription (code "
            + "owner_role_required)")
    @APIResponse(responseCode = "404", description = "Unknown customer, or another customer's")
    @APIResponse(responseCode = "409", description = "Not an active Azure plan / Azure Global subscription of the "
            + "customer (code subscription_not_eligible)")
    public Response place(@NotNull(message = "a JSON body is required") @Valid Views.OrderBody body) {
        UUID customerId = visibleCustomer();
        CustomerOrder order = purchases.place(customerId, body.parsed());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(order.id().toString()).build())
                .entity(Views.OrderView.of(order)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Order history (Partner Center's Get all of a customer's orders)", description = "Roles: all "
            + "partner roles; a CustomerUser its own customer's. The partner's and the customer's own orders together "
            + "(those of cart checkouts too), newest first, keyset-paged. purchasedBy=partner|customer (any case) "
            + "keeps only the orders the partner, or the customer's own users, placed; the continuation token "
            + "keeps the filter.")
    @APIResponse(responseCode = "400", description = "purchasedBy other than partner or customer (code "
            + "invalid_value)")
    public CollectionPage<Views.OrderView> list(@QueryParam("purchasedBy") String purchasedBy,
                                               @QueryParam("size") String size,
                                               @QueryParam("continuationToken") String continuationToken) {
        UUID customerId = visibleCustomer();
        Purchaser buyer = purchasedBy == null ? null : Purchaser.parse(purchasedBy, "purchasedBy");
        customers.require(customerId);
        String query = "orders|" + customerId + "|" + (buyer == null ? "" : buyer.wire());
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        List<CustomerOrder> found = orders.orders(customerId, buyer, page.afterTime(0), page.afterId(1),
                page.size() + 1);
        return tokens.page(query, page, found, last -> List.of(last.creationDate().toString(), last.id().toString()),
                Views.OrderView::of);
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "One order", description = "Roles: all partner roles; a CustomerUser its own customer's.")
    @APIResponse(responseCode = "404", description = "Unknown order (code order_not_found)")
    public Views.OrderView get(@PathParam("orderId") String orderId) {
        UUID customerId = visibleCustomer();
        customers.require(customerId);
        UUID id = Ids.parse(orderId, "orderId");
        return orders.order(customerId, id).map(Views.OrderView::of).orElseThrow(() -> ApiProblem.notFound(
                "order_not_found", "Customer " + customerId + " has no order " + id + "."));
    }

    private UUID visibleCustomer() {
        UUID id = Ids.parse(customerIdParam, "customerId");
        currentRequest.ensureMaySee(id);
        return id;
    }
}
