package org.cspdesk.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.audit.internal.ActivityGrouping;
import org.cspdesk.audit.internal.ActivityReport;
import org.cspdesk.audit.internal.SelfServeReport;
import org.cspdesk.audit.internal.TimeWindow;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code /v1/reports}: what admins ask of the activity log and of customers' purchases, over a window. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    @Inject
    ActivityReport activity;

    @Inject
    SelfServeReport selfServe;

    @Inject
    ContinuationTokens tokens;

    @GET
    @Path("activity")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "Succeeded and failed changes per day, operation type or user",
            description = "Roles: AdminAgent, GlobalAdmin. startDate required, endDate defaults to now (same rules as "
                    + "GET /v1/auditrecords). groupBy: day (UTC days, oldest first; the default), operationType or "
                    + "userPrincipalName (busiest first, then by key). Only groups with at least one record are listed.")
    @APIResponse(responseCode = "200", description = "{groups: [{key, succeeded, failed}]}")
    @APIResponse(responseCode = "400", description = "Bad window (missing_parameter, invalid_date, invalid_window) "
            + "or unknown groupBy (invalid_value)")
    public ActivityReportView activity(@QueryParam("startDate") String startDate,
                                       @QueryParam("endDate") String endDate,
                                       @QueryParam("groupBy") String groupBy) {
        TimeWindow window = TimeWindow.parse(startDate, endDate);
        return ActivityReportView.of(activity.groups(window, ActivityGrouping.parse(groupBy)));
    }

    @GET
    @Path("selfServe")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "Per customer: may it buy Azure reservations itself, since when, by whom, and what it bought",
            description = "Roles: AdminAgent, GlobalAdmin. A collection of every customer in company-name order, "
                    + "keyset-paged (size 1..500, continuationToken). allowCustomerToPurchase, enabledSince and "
                    + "enabledBy are the switch as it is now (when and by whom the current policy was created); "
                    + "customerOrders and billedToPartner count the orders the customer's own users placed in "
                    + "[startDate, endDate). startDate required, endDate defaults to now and stays the first "
                    + "page's now on every following page.")
    @APIResponse(responseCode = "200", description = "A collection of {customerId, companyName, allowCustomerToPurchase, "
            + "enabledSince, enabledBy, customerOrders, billedToPartner: {amount, currency}}")
    @APIResponse(responseCode = "400", description = "Bad window (missing_parameter, invalid_date, invalid_window), "
            + "size (invalid_page_size) or continuation token (invalid_continuation_token)")
    public CollectionPage<SelfServeReportItem> selfServe(@QueryParam("startDate") String startDate,
                                                         @QueryParam("endDate") String endDate,
                                                         @QueryParam("size") String size,
                                                         @QueryParam("continuationToken") String continuationToken) {
        TimeWindow window = TimeWindow.parse(startDate, endDate);
        String query = "selfserve|" + window.fingerprint();
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        // The token carries the end, so that an open window counts the same orders on every page.
        OffsetDateTime end = page.isFirst() ? window.end() : page.afterTime(2);
        List<SelfServeReport.Row> rows = selfServe.page(page.isFirst() ? null : page.after().get(0), page.afterId(1),
                window.start(), end, page.size() + 1);
        return tokens.page(query, page, rows, last -> List.of(last.customer().companyName(),
                last.customer().id().toString(), end.toString()), SelfServeReportItem::of);
    }

    @GET
    @Path("selfServe/totals")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "The self-serve report added up over every customer",
            description = "Roles: AdminAgent, GlobalAdmin. {startDate, endDate, customers, allowedToPurchase, "
                    + "customerOrders, billedToPartner: {amount, currency}}: how many customers there are, how many "
                    + "may buy Azure reservations on the partner's bill now, and the orders customers' own users "
                    + "placed in [startDate, endDate) with their total. Same window rules as the report.")
    @APIResponse(responseCode = "400", description = "Bad window (missing_parameter, invalid_date, invalid_window)")
    public SelfServeTotalsView selfServeTotals(@QueryParam("startDate") String startDate,
                                               @QueryParam("endDate") String endDate) {
        TimeWindow window = TimeWindow.parse(startDate, endDate);
        return SelfServeTotalsView.of(selfServe.totals(window.start(), window.end()), window.start(), window.end());
    }
}
