package org.cspdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cspdesk.audit.internal.DownloadLinks;
import org.cspdesk.audit.internal.DownloadQuery;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/auditrecords/downloads}: a short-lived signed link to the CSV export, for a browser's plain link,
 * which cannot carry the bearer token (docs/adr/0020). Making one changes nothing, so it is not recorded, as a
 * read is not.
 */
@Path("auditrecords/downloads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activity log")
public class AuditDownloadsResource {

    @Inject
    DownloadLinks links;

    @Inject
    CurrentRequest currentRequest;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "A signed link to download the activity log as CSV without a bearer token",
            description = "Roles: AdminAgent, GlobalAdmin. Body {startDate, endDate, filter}: the query of "
                    + "GET /v1/auditrecords.csv, checked as it checks it. The link (href, same origin) works without "
                    + "an Authorization header until expiresAt (cspdesk.audit.download.seconds, 60), for that query "
                    + "only.")
    @APIResponse(responseCode = "201", description = "{href, expiresAt, attributes}")
    @APIResponse(responseCode = "400", description = "Bad window or filter, as the CSV endpoint says it")
    public Response create(@NotNull(message = "a JSON body is required") DownloadRequest request) {
        DownloadQuery query = DownloadQuery.normalise(request.startDate(), request.endDate(), request.filter());
        DownloadLinks.SignedLink link = links.sign(query, currentRequest.userPrincipalName());
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new DownloadLinkView(link.href(), link.expiresAt(), Attributes.of("AuditDownload"))).build();
    }
}
