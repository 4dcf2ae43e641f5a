package org.cspdesk.audit.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.cspdesk.audit.internal.AuditQuery;
import org.cspdesk.audit.internal.AuditRecords;
import org.cspdesk.audit.internal.DownloadLinks;
import org.cspdesk.audit.internal.DownloadQuery;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedOutputStream;
import java.io.OutputStream;


/**
 * {@code /v1/auditrecords.csv}: the same query as the JSON list, as RFC 4180 CSV in UTF-8 that PostgreSQL
 * writes itself ({@code COPY ... TO STDOUT}) and the server streams on, so memory stays constant whatever the
 * window.
 *
 * <p>Asked with a bearer token of an admin role, or through a signed link of {@code POST
 * /v1/auditrecords/downloads} without one (a browser's download cannot send the header). That is why the endpoint
 * is {@code @PermitAll} and checks the role itself: {@code @RolesAllowed} would refuse the link before this code
 * could check its signature (docs/adr/0020).
 */
@Path("auditrecords.csv")
@RequestScoped
@Tag(name = "Activity log")
public class AuditCsvResource {
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    AuditRecords records;

    @Inject
    DownloadLinks links;

    @Inject
    CurrentRequest currentRequest;

    @Context
    SecurityContext security;

    @GET
    @Produces("text/csv; charset=UTF-8")
    @PermitAll
    @Operation(summary = "Export the activity log as CSV",
            description = "Roles: AdminAgent, GlobalAdmin, with a bearer token; or anyone holding an unexpired link "
                    + "of POST /v1/auditrecords/downloads, without an Authorization header (expires, by and signature "
                    + "as the link has them; the query exactly as signed). Same startDate, endDate and filter as GET "
                    + "/v1/auditrecords; newest first, with a header row.")
    @APIResponse(responseCode = "200", description = "text/csv")
    @APIResponse(responseCode = "401", description = "Neither a bearer token nor a link's signature")
    @APIResponse(responseCode = "403", description = "A role other than AdminAgent or GlobalAdmin (code forbidden_role); "
            + "a link changed or not ours (code download_link_invalid) or expired (code download_link_expired)")
    public Response export(@QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
                           @QueryParam("filter") String filter, @QueryParam("expires") String expires,
                           @QueryParam("by") String by, @QueryParam("signature") String signature,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null) {
            requireAdminToken();
            return csv(AuditQuery.parse(startDate, endDate, filter), "auditrecords.csv");
        }
        if (expires == null && by == null && signature == null) {
            throw new NotAuthorizedException("Bearer");
        }
        DownloadQuery link = links.verify(startDate, endDate, filter, expires, by, signature);
        return Response.fromResponse(csv(link.query(), link.fileName())).header("Cache-Control", "no-store").build();
    }

    /** What @RolesAllowed({AdminAgent, GlobalAdmin}) did before the endpoint took links, with the same answers. */
    private void requireAdminToken() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!currentRequest.hasRole(Roles.ADMIN_AGENT) && !currentRequest.hasRole(Roles.GLOBAL_ADMIN)) {
            throw new ForbiddenException();
        }
    }

    private Response csv(AuditQuery query, String fileName) {
        StreamingOutput body = output -> {
            // The driver hands over each row as it comes: one write to the container per 64 KB, not per row.
            OutputStream buffered = new BufferedOutputStream(output, 1 << 16);
            buffered.write(UTF8_BYTE_ORDER_MARK); // lets spreadsheets recognise UTF-8
            records.export(query, buffered);
            buffered.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
