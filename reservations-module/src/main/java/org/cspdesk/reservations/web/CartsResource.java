package org.cspdesk.reservations.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.reservations.internal.Cart;
import org.cspdesk.reservations.internal.Carts;
import org.cspdesk.reservations.internal.PriceLists;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * {@code /v1/customers/{customerId}/carts}: Partner Center's way to buy reservations (Create a cart, Get
 * cart by ID, Update a cart, Checkout a cart; docs/adr/0016). The checkout places the orders under the
 * same rules as {@code POST .../orders}, and records them the same way.
 */
@Path("customers/{customerId}/carts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class CartsResource {
    private static final String BODY = "Partner Center's cart: {lineItems: [{catalogItemId: productId:skuId:P1Y|P3Y, "
            + "friendlyName, quantity, billingCycle: one_time|monthly, termDuration, provisioningContext: "
            + "{subscriptionId, scope: single|resourceGroup|shared, resourceGroup, duration: 1Year|3Years, autoRenew: "
            + "\"true\"|\"false\"}}]}; the cart's read-only members (id, timestamps, status, orderGroup, error, links, "
            + "attributes) are accepted back and ignored.";

    @Inject
    Carts carts;

    @Inject
    PriceLists priceLists;

    @Inject
    CustomerDirectory customers;

    @Inject
    CurrentRequest currentRequest;

    @Context
    UriInfo uriInfo;

    @PathParam("customerId")
    String customerIdParam;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Audited(operation = OperationType.CREATE_CART, resource = ResourceType.CART)
    @Operation(summary = "Create a cart of reservations", description = "Roles: AdminAgent, SalesAgent, GlobalAdmin, "
            + "CustomerUser (its own customer). " + BODY + " Nothing is bought or priced until checkout; the cart "
            + "expires 7 days after it was created. Recorded as create_cart.")
    @APIResponse(responseCode = "201", description = "The cart (status Active), with its etag")
    @APIResponse(responseCode = "400", description = "Unknown SKU/term (code unknown_sku), a catalogItemId not of "
            + "the form productId:skuId:availabilityId (code invalid_catalog_item_id), a termDuration or duration "
            + "other than the item's (code term_mismatch), invalid value or body")
    @APIResponse(responseCode = "404", description = "Unknown customer, or another customer's")
    public Response create(@NotNull(message = "a JSON body is required") @Valid Views.CartBody body) {
        UUID customerId = visibleCustomer();
        Cart cart = carts.create(customerId, body.parsed());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(cart.id().toString()).build())
                .entity(view(cart)).tag(String.valueOf(cart.version())).build();
    }

    @GET
    @Path("{cartId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Get a cart by id", description = "Roles: all partner roles; a CustomerUser its own "
            + "customer's. A cart checked out reads with status Ordered; an expired cart is gone.")
    @APIResponse(responseCode = "404", description = "Unknown or expired cart (code cart_not_found)")
    public Response get(@PathParam("cartId") String cartId) {
        UUID customerId = visibleCustomer();
        customers.require(customerId);
        UUID id = Ids.parse(cartId, "cartId");
        Cart cart = carts.cart(customerId, id).orElseThrow(() -> Carts.notFound(customerId, id));
        return Response.ok(view(cart)).tag(String.valueOf(cart.version())).build();
    }

    @PUT
    @Path("{cartId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Audited(operation = OperationType.UPDATE_CART, resource = ResourceType.CART)
    @Operation(summary = "Update a cart", description = "Roles: AdminAgent, SalesAgent, GlobalAdmin, CustomerUser "
            + "(its own customer). The whole cart as read, its lines changed: " + BODY + " The lines are replaced; "
            + "the expiry stays. If-Match honoured when sent (Partner Center's clients send none). Recorded as "
            + "update_cart.")
    @APIResponse(responseCode = "200", description = "The cart, with a new etag")
    @APIResponse(responseCode = "404", description = "Unknown or expired cart (code cart_not_found)")
    @APIResponse(responseCode = "409", description = "The cart was checked out (code cart_already_ordered)")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    public Response update(@PathParam("cartId") String cartId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a JSON body is required") @Valid Views.CartBody body) {
        UUID customerId = visibleCustomer();
        Long expectedVersion = ETags.expectedVersion(ifMatch);
        Cart cart = carts.replace(customerId, Ids.parse(cartId, "cartId"), expectedVersion, body.parsed());
        return Response.ok(view(cart)).tag(String.valueOf(cart.version())).build();
    }

    @POST
    @Path("{cartId}/checkout")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Audited(operation = OperationType.CREATE_ORDER, resource = ResourceType.ORDER)
    @Operation(summary = "Check out a cart: buy its reservations, billed to the partner", description = "Roles: "
            + "AdminAgent, SalesAgent, GlobalAdmin (on the customer's behalf), CustomerUser (its own customer, when "
            + "allowed). No body is read: the cart Partner Center's SDKs send along is ignored. One order per "
            + "order group (one per billing cycle), priced from the partner's price list, under every rule of "
            + "POST .../orders; each order is recorded as create_order, a refusal as a failed create_order. A cart "
            + "checks out once: checking out an ordered cart again answers its orders again (200) and buys nothing, "
            + "as in Partner Center. MS-RequestId makes a retry act once.")
    @APIResponse(responseCode = "201", description = "Partner Center's CartCheckoutResult {orders, orderErrors}")
    @APIResponse(responseCode = "200", description = "The cart was checked out before: the same orders")
    @APIResponse(responseCode = "403", description = "A customer user while the switch is off (code "
            + "purchase_not_permitted) or without Owner/Reservation Purchaser on the subscription (code "
            + "owner_role_required)")
    @APIResponse(responseCode = "404", description = "Unknown or expired cart (code cart_not_found)")
    @APIResponse(responseCode = "409", description = "Not an active Azure plan / Azure Global subscription of the "
            + "customer (code subscription_not_eligible)")
    public Response checkout(@PathParam("cartId") String cartId) {
        UUID customerId = visibleCustomer();
        Carts.Checkout done = carts.checkout(customerId, Ids.parse(cartId, "cartId"));
        return Response.status(done.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(Views.CartCheckoutResultView.of(done.orders())).build();
    }

    private Views.CartView view(Cart cart) {
        return Views.CartView.of(cart, priceLists.current().currency());
    }

    private UUID visibleCustomer() {
        UUID id = Ids.parse(customerIdParam, "customerId");
        currentRequest.ensureMaySee(id);
        return id;
    }
}
