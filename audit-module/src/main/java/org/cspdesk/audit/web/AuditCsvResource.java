package org.cspdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cspdesk.audit.internal.AuditQuery;
import org.cspdesk.audit.internal.AuditRecord;
import org.cspdesk.audit.internal.AuditRecords;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /v1/auditrecords.csv}: the same query as the JSON list, as RFC 4180 CSV in UTF-8, streamed a
 * page at a time so memory stays constant whatever the window.
 */
@Path("auditrecords.csv")
@RequestScoped
@Tag(name = "Activity log")
public class AuditCsvResource {
    private static final int PAGE = 500;
    private static final List<String> HEADER = List.of("id", "operationDate", "operationType", "displayName",
            "operationStatus", "customerId", "customerName", "userPrincipalName", "operatorType", "resourceType",
            "resourceName", "resourceOldValue", "resourceNewValue", "customizedData", "originalCorrelationId");

    @Inject
    AuditRecords records;

    @GET
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "Export the activity log as CSV",
            description = "Roles: AdminAgent, GlobalAdmin. Same startDate, endDate and filter as GET /v1/auditrecords; "
                    + "newest first, with a header row.")
    public Response export(@QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
                           @QueryParam("filter") String filter) {
        AuditQuery query = AuditQuery.parse(startDate, endDate, filter);
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write('\uFEFF'); // lets spreadsheets recognise UTF-8
            row(out, HEADER);
            List<AuditRecord> page = records.page(query, null, null, PAGE);
            while (!page.isEmpty()) {
                for (AuditRecord r : page) {
                    row(out, java.util.Arrays.asList(r.id().toString(), r.operationDate().toString(),
                            r.operationType(), org.cspdesk.audit.api.OperationType.displayNameOf(r.operationType()),
                            r.operationStatus(), r.customerId() == null ? null : r.customerId().toString(),
                            r.customerName(), r.userPrincipalName(), r.operatorType(), r.resourceType(),
                            r.resourceName(), r.resourceOldValue(), r.resourceNewValue(), r.customizedData(),
                            r.originalCorrelationId()));
                }
                out.flush();
                AuditRecord last = page.get(page.size() - 1);
                page = page.size() < PAGE ? List.of() : records.page(query, last.operationDate(), last.seq(), PAGE);
            }
            out.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"auditrecords.csv\"").build();
    }

    /** One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled. */
    static void row(Writer out, List<String> fields) throws java.io.IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i);
            if (field == null) {
                continue;
            }
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write("\r\n");
    }
}
