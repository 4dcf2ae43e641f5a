package org.cspdesk.subscriptions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.Echo;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.subscriptions.internal.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/offers}: what the partner can buy for its customers. */
@Path("offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class OffersResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    ContinuationTokens tokens;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The offers catalog", description = "Roles: all partner roles and CustomerUser. 'country' "
            + "(ISO 3166 alpha-2, as Partner Center's SDKs send it) is accepted: the catalog is the same in every "
            + "country. Paged in category and name order.")
    @APIResponse(responseCode = "400", description = "A country that is not two letters (code invalid_value), a bad "
            + "size or continuation token")
    public CollectionPage<Views.OfferView> offers(@QueryParam("country") String country,
                                                  @QueryParam("size") String size,
                                                  @QueryParam("continuationToken") String continuationToken) {
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiProblem.badRequest("invalid_value", "'country' must be a two-letter country code such as US (got '"
                    + Echo.shortly(country) + "').");
        }
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, "offers"));
        return tokens.pageOfAll("offers", page, subscriptions.offers(),
                offer -> offer.category() + '\u0001' + offer.name() + '\u0001' + offer.id(), Views.OfferView::of);
    }
}
