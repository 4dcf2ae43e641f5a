package org.cspdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.audit.internal.AuditQuery;
import org.cspdesk.audit.internal.AuditRecord;
import org.cspdesk.audit.internal.AuditRecords;
import org.cspdesk.audit.internal.ChainVerification;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code /v1/auditrecords}: the activity log, read by admins. There is no way to write or change it. */
@Path("auditrecords")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity log")
public class AuditRecordsResource {

    @Inject
    AuditRecords records;

    @Inject
    ContinuationTokens tokens;

    @Inject
    ChainVerification verification;

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "Query the activity log, newest first",
            description = "Roles: AdminAgent, GlobalAdmin. startDate required, endDate defaults to now; any window. "
                    + "filter = URL-encoded JSON {field: CustomerId|CompanyName|ResourceType|OperationType|"
                    + "UserPrincipalName, value, operator: equals|substring}. Keyset-paged.")
    @APIResponse(responseCode = "200", description = "A collection of audit records")
    @APIResponse(responseCode = "400", description = "Bad window, filter, size or continuation token")
    public CollectionPage<AuditRecordView> query(@QueryParam("startDate") String startDate,
                                                 @QueryParam("endDate") String endDate,
                                                 @QueryParam("filter") String filter,
                                                 @QueryParam("size") String size,
                                                 @QueryParam("continuationToken") String continuationToken) {
        AuditQuery query = AuditQuery.parse(startDate, endDate, filter);
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query.fingerprint()));
        List<AuditRecord> found = page.isFirst()
                ? records.page(query, null, null, page.size() + 1)
                : records.page(query, OffsetDateTime.parse(page.after().get(0)), Long.valueOf(page.after().get(1)),
                page.size() + 1);
        return tokens.page(query.fingerprint(), page, found,
                last -> List.of(last.operationDate().toString(), last.seq().toString()), AuditRecordView::of);
    }

    @GET
    @Path("integrity")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "Prove the activity log was not altered",
            description = "Roles: AdminAgent, GlobalAdmin. Recomputes the hash chain over every record: an altered, "
                    + "removed or inserted record is named as firstBrokenRecordId.")
    @APIResponse(responseCode = "200", description = "{checked, intact, firstBrokenRecordId}")
    public ChainVerification.Result integrity() {
        return verification.verify();
    }

    @GET
    @Path("{recordId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "One activity-log record", description = "Roles: AdminAgent, GlobalAdmin.")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "Unknown record (code audit_record_not_found)")
    public AuditRecordView get(@PathParam("recordId") String recordId) {
        UUID id = Ids.parse(recordId, "recordId");
        return records.find(id).map(AuditRecordView::of).orElseThrow(() ->
                ApiProblem.notFound("audit_record_not_found", "No activity-log record with id " + recordId + "."));
    }
}
