package org.cspdesk.reservations.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.reservations.internal.PriceList;
import org.cspdesk.reservations.internal.PriceLists;
import org.cspdesk.reservations.internal.ReservationCatalog;
import org.cspdesk.reservations.internal.Term;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * {@code /v1/products/reservations}: the reservations the partner can sell, at the partner's price (docs/rules.md
 * rule 7) and, for partner staff only, beside their list (Web Direct) price: what the partner pays is not its
 * customers' business.
 */
@Path("products/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class ReservationProductsResource {

    @Inject
    ReservationCatalog catalog;

    @Inject
    PriceLists priceLists;

    @Inject
    ContinuationTokens tokens;

    @Inject
    CurrentRequest currentRequest;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The reservation catalog", description = "Roles: all partner roles and CustomerUser. "
            + "Every VM size, region and term with price, what an order of one charges today for the whole term "
            + "(the partner's price list), and listPrice, the list (Web Direct) price: partner roles only, left out "
            + "for a CustomerUser. Optional filters "
            + "armRegionName and term (P1Y|P3Y). Reference data, paged in SKU and term order (size up to 500: "
            + "the whole catalog fits one page).")
    public CollectionPage<Views.CatalogItemView> list(@QueryParam("armRegionName") String region,
                                                      @QueryParam("term") String term,
                                                      @QueryParam("size") String size,
                                                      @QueryParam("continuationToken") String continuationToken) {
        Term wantedTerm = term == null ? null : WireValue.parse(Term.class, term, "term");
        String query = "reservation-catalog|" + (region == null ? "" : region.toLowerCase(Locale.ROOT)) + "|"
                + (wantedTerm == null ? "" : wantedTerm.wire());
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        // The price list once for the page (one query); the catalog itself is held in memory.
        PriceList prices = priceLists.current();
        boolean withListPrice = !currentRequest.isCustomerUser();
        return tokens.pageOfAll(query, page, catalog.items().stream()
                        .filter(item -> region == null || item.armRegionName().equalsIgnoreCase(region))
                        .filter(item -> wantedTerm == null || item.term() == wantedTerm).toList(),
                item -> item.skuId() + '\u0001' + item.term().wire(),
                item -> Views.CatalogItemView.of(item, prices, withListPrice));
    }
}
