package org.cspdesk.audit.internal;

import org.cspdesk.platform.api.FieldFilter;
import org.cspdesk.platform.api.Ids;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question to the activity log: a {@link TimeWindow window} and at most one filter, as Partner
 * Center's audit API takes them. Unlike Partner Center, any window is allowed.
 */
public record AuditQuery(TimeWindow window, String field, String value, String operator) {
    /**
     * Partner Center's AuditRecordSearchField (CompanyName, CustomerId, ResourceType) and two of ours, and its
     * operators as the activity log takes them. Names in any case, with or without underscores: the Java
     * SDK's {@code AuditRecordSearchField.COMPANY_NAME.toString()} sends {@code COMPANY_NAME}, its {@code
     * FieldFilterOperation} {@code Substring} and {@code Equals}; the REST reference writes {@code substring}.
     */
    static final FieldFilter.Grammar FILTER = new FieldFilter.Grammar(
            List.of("CustomerId", "CompanyName", "ResourceType", "OperationType", "UserPrincipalName"),
            List.of("equals", "substring"), "equals", Map.of(), Map.of());

    public static AuditQuery parse(String startDate, String endDate, String filter) {
        TimeWindow window = TimeWindow.parse(startDate, endDate);
        FieldFilter parsed = FieldFilter.parse(filter, FILTER);
        if (parsed == null) {
            return new AuditQuery(window, null, null, null);
        }
        if (parsed.field().equals("CustomerId") && parsed.operator().equals("equals")) {
            Ids.parse(parsed.value(), "filter.value");
        }
        return new AuditQuery(window, parsed.field(), parsed.value(), parsed.operator());
    }

    public OffsetDateTime start() {
        return window.start();
    }

    public OffsetDateTime end() {
        return window.end();
    }

    /** Identifies the query inside a continuation token, so a token only continues its own query. */
    public String fingerprint() {
        return "audit|" + window.fingerprint() + "|" + field + "|" + operator + "|" + value;
    }

    public boolean substring() {
        return "substring".equals(operator);
    }

    public String lowerValue() {
        return value.toLowerCase(Locale.ROOT);
    }
}
