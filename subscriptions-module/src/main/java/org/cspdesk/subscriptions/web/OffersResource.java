package org.cspdesk.subscriptions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.subscriptions.internal.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/offers}: what the partner can buy for its customers. */
@Path("offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class OffersResource {

    @Inject
    Subscriptions subscriptions;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "The offers catalog", description = "Roles: all partner roles and CustomerUser.")
    public CollectionPage<Views.OfferView> offers() {
        return CollectionPage.of(subscriptions.offers().stream().map(Views.OfferView::of).toList(), null);
    }
}
