package org.cspdesk.reservations.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.RefusedToCustomerUsers;
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
import org.cspdesk.reservations.internal.AppliedScopes;
import org.cspdesk.reservations.internal.Orders;
import org.cspdesk.reservations.internal.Reservation;
import org.cspdesk.reservations.internal.ReservationLifecycle;
import org.cspdesk.reservations.internal.ReservationScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/customers/{customerId}/reservations}: the customer's Reservations page, and what only the
 * partner may do with a reservation (docs/rules.md rule 6). A customer user may read but never change:
 * its attempt is refused with {@code partner_action_required} and recorded.
 */
@Path("customers/{customerId}/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class ReservationsResource {
    private static final String PARTNER_ONLY = "Roles: AdminAgent, SalesAgent, GlobalAdmin. A CustomerUser gets 403 "
            + "partner_action_required (before its body is read). If-Match honoured when sent.";
    static final String ASK_YOUR_PARTNER = "Only your partner can cancel, exchange or renew a reservation or change "
            + "its scope. Ask your partner to do it for you.";

    @Inject
    ReservationLifecycle lifecycle;

    @Inject
    Orders orders;

    @Inject
    AppliedScopes appliedScopes;

    @Inject
    CustomerDirectory customers;

    @Inject
    ContinuationTokens tokens;

    @Inject
    CurrentRequest currentRequest;

    @PathParam("customerId")
    String customerIdParam;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The customer's reservations", description = "Roles: all partner roles; a CustomerUser its "
            + "own customer's. Partner and customer purchases together, newest first, keyset-paged; appliedScopes "
            + "lists the subscriptions each one's discount applies to now.")
    public CollectionPage<Views.ReservationView> list(@QueryParam("size") String size,
                                                     @QueryParam("continuationToken") String continuationToken) {
        UUID customerId = visibleCustomer();
        customers.require(customerId);
        String query = "reservations|" + customerId;
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        List<Reservation> found = orders.reservations(customerId, page.afterTime(0), page.afterId(1), page.size() + 1);
        AppliedScopes.Resolver scopes = appliedScopes.of(customerId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return tokens.page(query, page, found, last -> List.of(last.purchaseDate().toString(), last.id().toString()),
                r -> Views.ReservationView.of(r, scopes.appliedScopes(r, now), now));
    }

    @GET
    @Path("{reservationId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "One reservation", description = "Roles: all partner roles; a CustomerUser its own customer's.")
    @APIResponse(responseCode = "404", description = "Unknown reservation (code reservation_not_found)")
    public Response get(@PathParam("reservationId") String reservationId) {
        UUID customerId = visibleCustomer();
        Reservation r = lifecycle.existing(customerId, Ids.parse(reservationId, "reservationId"));
        return Response.ok(view(r)).tag(String.valueOf(r.version())).build();
    }

    @POST
    @Path("{reservationId}/cancel")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @RefusedToCustomerUsers(code = "partner_action_required", detail = ASK_YOUR_PARTNER)
    @Audited(operation = OperationType.CANCEL_RESERVATION, resource = ResourceType.RESERVATION)
    @Operation(summary = "Cancel a reservation for a prorated refund", description = PARTNER_ONLY + " Refunds the "
            + "remaining commitment at the lower of the purchase and the current price; at most 50,000 USD of cancelled"
            + " commitment per customer in any 12 months (CSPDESK_REFUND_CAP_USD).")
    @APIResponse(responseCode = "200", description = "The cancelled reservation and the refund")
    @APIResponse(responseCode = "403", description = "A customer user (code partner_action_required)")
    @APIResponse(responseCode = "409", description = "Over the refund limit (code refund_limit_exceeded), or not "
            + "active (code reservation_not_active)")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    public Response cancel(@PathParam("reservationId") String reservationId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID customerId = partnerActing(reservationId);
        ReservationLifecycle.Cancellation done = lifecycle.cancel(customerId, Ids.parse(reservationId, "reservationId"),
                expectedVersion(ifMatch));
        return Response.ok(new Views.CancellationView(view(done.reservation()), Views.MoneyView.of(done.refund()),
                Attributes.of("ReservationCancellation"))).tag(String.valueOf(done.reservation().version())).build();
    }

    @GET
    @Path("{reservationId}/cancellation")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @RefusedToCustomerUsers(code = "partner_action_required", detail = ASK_YOUR_PARTNER)
    @Operation(summary = "What cancelling a reservation now would refund", description = "Roles: AdminAgent, "
            + "SalesAgent, GlobalAdmin (those who may cancel); a CustomerUser gets 403 partner_action_required. "
            + "Changes nothing: the refund a cancellation now would give, the refund limit, what the customer "
            + "cancelled in the last 12 months, what is left of the limit (never below zero), and whether the "
            + "refund fits (allowed), by the same rule the cancellation applies.")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "403", description = "A customer user (code partner_action_required)")
    @APIResponse(responseCode = "404", description = "Unknown reservation (code reservation_not_found)")
    @APIResponse(responseCode = "409", description = "Not active (code reservation_not_active)")
    public Views.CancellationPreviewView previewCancellation(@PathParam("reservationId") String reservationId) {
        UUID customerId = visibleCustomer();
        return Views.CancellationPreviewView.of(lifecycle.previewCancellation(customerId,
                Ids.parse(reservationId, "reservationId")));
    }

    @POST
    @Path("{reservationId}/exchange")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @RefusedToCustomerUsers(code = "partner_action_required", detail = ASK_YOUR_PARTNER)
    @Audited(operation = OperationType.EXCHANGE_RESERVATION, resource = ResourceType.RESERVATION)
    @Operation(summary = "Exchange a reservation for others", description = PARTNER_ONLY + " Body as an order's "
            + "{lineItems}. The remaining commitment is returned (not counted toward the refund limit) and the new "
            + "order must be worth at least as much.")
    @APIResponse(responseCode = "200", description = "The exchanged reservation, the value returned, the new order")
    @APIResponse(responseCode = "403", description = "A customer user (code partner_action_required)")
    @APIResponse(responseCode = "409", description = "New order worth less (code exchange_value_too_low), not active "
            + "(code reservation_not_active), subscription not eligible (code subscription_not_eligible)")
    public Response exchange(@PathParam("reservationId") String reservationId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull(message = "a JSON body is required") @Valid Views.OrderBody body) {
        UUID customerId = partnerActing(reservationId);
        ReservationLifecycle.Exchange done = lifecycle.exchange(customerId, Ids.parse(reservationId, "reservationId"),
                expectedVersion(ifMatch), body.parsed());
        return Response.ok(new Views.ExchangeView(view(done.returned()), Views.MoneyView.of(done.returnedValue()),
                Views.OrderView.of(done.newOrder()), Attributes.of("ReservationExchange"))).build();
    }

    @POST
    @Path("{reservationId}/renew")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @RefusedToCustomerUsers(code = "partner_action_required", detail = ASK_YOUR_PARTNER)
    @Audited(operation = OperationType.RENEW_RESERVATION, resource = ResourceType.RESERVATION)
    @Operation(summary = "Renew a reservation", description = PARTNER_ONLY + " Buys the same reservation again at "
            + "today's partner price, starting when this one expires; once per reservation.")
    @APIResponse(responseCode = "200", description = "The renewed reservation and the renewal order")
    @APIResponse(responseCode = "403", description = "A customer user (code partner_action_required)")
    @APIResponse(responseCode = "409", description = "Already renewed (code already_renewed), not active (code "
            + "reservation_not_active)")
    public Response renew(@PathParam("reservationId") String reservationId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID customerId = partnerActing(reservationId);
        ReservationLifecycle.Renewal done = lifecycle.renew(customerId, Ids.parse(reservationId, "reservationId"),
                expectedVersion(ifMatch));
        return Response.ok(new Views.RenewalView(view(done.renewed()), Views.OrderView.of(done.renewalOrder()),
                Attributes.of("ReservationRenewal"))).tag(String.valueOf(done.renewed().version())).build();
    }

    @PATCH
    @Path("{reservationId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @RefusedToCustomerUsers(code = "partner_action_required", detail = ASK_YOUR_PARTNER)
    @Audited(operation = OperationType.UPDATE_RESERVATION_SCOPE, resource = ResourceType.RESERVATION)
    @Operation(summary = "Change a reservation's scope", description = PARTNER_ONLY + " Body {scope: single|"
            + "resourceGroup|shared, resourceGroup}.")
    @APIResponse(responseCode = "200", description = "The reservation, with its new etag")
    @APIResponse(responseCode = "403", description = "A customer user (code partner_action_required)")
    @APIResponse(responseCode = "409", description = "Not active (code reservation_not_active), its subscription no "
            + "longer eligible for a single or resource-group scope (code subscription_not_eligible)")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    public Response changeScope(@PathParam("reservationId") String reservationId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull(message = "a JSON body is required") @Valid Views.ScopeBody body) {
        UUID customerId = partnerActing(reservationId);
        Reservation r = lifecycle.changeScope(customerId, Ids.parse(reservationId, "reservationId"),
                expectedVersion(ifMatch), WireValue.parse(ReservationScope.class, body.scope(), "scope"),
                body.resourceGroup());
        return Response.ok(view(r)).tag(String.valueOf(r.version())).build();
    }

    /**
     * The customer a lifecycle action is for. Only partner staff get here: a customer user was refused by
     * its role, before its body was read ({@link RefusedToCustomerUsers}).
     */
    private UUID partnerActing(String reservationId) {
        UUID customerId = visibleCustomer();
        currentRequest.concerns(customerId, reservationId);
        return customerId;
    }

    private Views.ReservationView view(Reservation r) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Views.ReservationView.of(r, appliedScopes.of(r.customerId()).appliedScopes(r, now), now);
    }

    private static Long expectedVersion(String ifMatch) {
        return ETags.expectedVersion(ifMatch);
    }

    private UUID visibleCustomer() {
        UUID id = Ids.parse(customerIdParam, "customerId");
        currentRequest.ensureMaySee(id);
        return id;
    }
}
