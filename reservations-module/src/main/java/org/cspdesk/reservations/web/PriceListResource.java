package org.cspdesk.reservations.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.reservations.internal.PriceList;
import org.cspdesk.reservations.internal.PriceLists;
import org.cspdesk.reservations.internal.ReservationCatalog;
import org.cspdesk.reservations.internal.Term;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /v1/pricelist}: what the partner's customers pay for reservations (docs/rules.md rule 7). */
@Path("pricelist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class PriceListResource {

    @Inject
    PriceLists priceLists;

    @Inject
    ReservationCatalog catalog;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN})
    @Operation(summary = "The partner's price list", description = "Roles: all partner roles. The markup in percent "
            + "over list price, the per-SKU/term overrides, and the resulting customer price of every catalog item.")
    public Response get() {
        PriceList list = priceLists.current();
        return Response.ok(Views.PriceListView.of(list, catalog.items())).tag(String.valueOf(list.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.BILLING_ADMIN, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_PRICE_LIST, resource = ResourceType.PRICE_LIST)
    @Operation(summary = "Replace the partner's price list", description = "Roles: AdminAgent, BillingAdmin, "
            + "GlobalAdmin. Body {markupPercent, overrides: [{skuId, term, unitPrice}]}: exact decimals, "
            + "prices rounded to cents. If-Match honoured when sent. Recorded as update_price_list.")
    @APIResponse(responseCode = "200", description = "The new price list, with its new etag")
    @APIResponse(responseCode = "400", description = "Unknown SKU/term (code unknown_sku), markup out of range "
            + "(code invalid_markup), an override given twice (code duplicate_override), invalid body")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid Views.PriceListBody body) {
        Long expectedVersion = ETags.expectedVersion(ifMatch);
        List<PriceLists.WantedOverride> overrides = body.overrides() == null ? List.of() : body.overrides().stream()
                .map(o -> new PriceLists.WantedOverride(o.skuId(), WireValue.parse(Term.class, o.term(), "term"),
                        o.unitPrice())).toList();
        PriceList list = priceLists.replace(expectedVersion, body.markupPercent(), overrides);
        return Response.ok(Views.PriceListView.of(list, catalog.items())).tag(String.valueOf(list.version())).build();
    }
}
