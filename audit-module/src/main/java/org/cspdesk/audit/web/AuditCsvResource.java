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
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.audit.internal.AuditQuery;
import org.cspdesk.audit.internal.AuditRecords;
import org.cspdesk.audit.internal.DownloadLinks;
import org.cspdesk.audit.internal.DownloadQuery;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /v1/auditrecords.csv}: the same query as the JSON list, as RFC 4180 CSV in UTF-8, streamed row
 * by row from one database cursor so memory stays constant whatever the window.
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
    private static final List<String> HEADER = List.of("id", "operationDate", "operationType", "displayName",
            "operationStatus", "customerId", "customerName", "userPrincipalName", "operatorType", "resourceType",
            "resourceName", "resourceOldValue", "resourceNewValue", "customizedData", "originalCorrelationId");

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
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            out.write('\uFEFF'); // lets spreadsheets recognise UTF-8
            StringBuilder line = new StringBuilder(2048);
            out.append(row(line, HEADER.toArray(String[]::new)));
            String[] columns = new String[HEADER.size()];
            records.export(query, fields -> {
                // The export's columns, with the display name after the operation type.
                columns[0] = fields[0];
                columns[1] = fields[1];
                columns[2] = fields[2];
                columns[3] = OperationType.displayNameOf(fields[2]);
                System.arraycopy(fields, 3, columns, 4, fields.length - 3);
                out.append(row(line, columns));
            });
            out.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * One RFC 4180 line, built in {@code line} (cleared first, reused from row to row so the export allocates
     * nothing per field): a field with a comma, quote or line break is quoted, its quotes doubled; null is empty;
     * a field a spreadsheet would take for a formula is made text.
     */
    static StringBuilder row(StringBuilder line, String[] fields) {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (fields[i] != null) {
                field(line, fields[i]);
            }
        }
        return line.append("\r\n");
    }

    private static void field(StringBuilder line, String field) {
        if (!field.isEmpty() && startsAFormula(field.charAt(0))) {
            // OWASP, CSV injection: a spreadsheet runs a cell starting with one of these as a formula
            // (=HYPERLINK(...), @SUM(...), +cmd|...). The apostrophe makes it text; the quotes keep the
            // apostrophe part of the cell. The JSON API keeps the exact value.
            line.append("\"'");
            appendQuoted(line, field, 0);
            return;
        }
        int length = field.length();
        int plain = 0;
        while (plain < length && !needsQuotes(field.charAt(plain))) {
            plain++;
        }
        if (plain == length) {
            line.append(field);
            return;
        }
        line.append('"').append(field, 0, plain);
        appendQuoted(line, field, plain);
    }

    /** The rest of a quoted field from {@code from} on, its quotes doubled, and the closing quote. */
    private static void appendQuoted(StringBuilder line, String field, int from) {
        for (int i = from; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean startsAFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static boolean needsQuotes(char c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r';
    }
}
