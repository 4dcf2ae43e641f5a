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
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.reservations.internal.ReservationCatalog;
import org.cspdesk.reservations.internal.Term;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/products/reservations}: the reservations the partner can sell, at their list (Web Direct) prices. */
@Path("products/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations")
public class ReservationProductsResource {

    @Inject
    ReservationCatalog catalog;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The reservation catalog", description = "Roles: all partner roles and CustomerUser. "
            + "Every VM size, region and term with its list price for the whole term. Optional filters "
            + "armRegionName and term (P1Y|P3Y). Reference data: one page, no continuation token.")
    public CollectionPage<Views.CatalogItemView> list(@QueryParam("armRegionName") String region,
                                                      @QueryParam("term") String term) {
        Term wantedTerm = term == null ? null : WireValue.parse(Term.class, term, "term");
        return CollectionPage.of(catalog.items().stream()
                .filter(item -> region == null || item.armRegionName().equalsIgnoreCase(region))
                .filter(item -> wantedTerm == null || item.term() == wantedTerm)
                .map(Views.CatalogItemView::of).toList(), null);
    }
}
