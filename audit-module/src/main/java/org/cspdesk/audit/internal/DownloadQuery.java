package org.cspdesk.audit.internal;

import jakarta.json.Json;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The query of a download link, in the one spelling a link carries and its signature covers: a date stays a
 * date, an instant is written in UTC ({@code 2026-11-23T10:15:30Z}), an absent end stays absent ("now" when the
 * link is used, as for the CSV with a bearer token), and the filter is rewritten as canonical JSON with the
 * field and operator as the grammar names them. Two spellings of one query give one link.
 *
 * @param endDate null when the window ends now
 * @param filter  null when there is none
 */
public record DownloadQuery(String startDate, String endDate, String filter) {

    /** The query as the CSV endpoint would read it, or the 400 it would answer. */
    public static DownloadQuery normalise(String startDate, String endDate, String filter) {
        AuditQuery query = AuditQuery.parse(startDate, endDate, filter);
        String start = isDate(startDate) ? startDate : query.start().toInstant().toString();
        String end = query.window().endsNow() ? null : isDate(endDate) ? endDate : query.end().toInstant().toString();
        String canonicalFilter = query.field() == null ? null : Json.createObjectBuilder().add("field", query.field())
                .add("value", query.value()).add("operator", query.operator()).build().toString();
        return new DownloadQuery(start, end, canonicalFilter);
    }

    public AuditQuery query() {
        return AuditQuery.parse(startDate, endDate, filter);
    }

    /** {@code activity-log-<startDate>-<endDate>.csv}: an instant without its colons, an open end as today's date. */
    public String fileName() {
        String end = endDate == null ? LocalDate.now(ZoneOffset.UTC).toString() : endDate;
        return "activity-log-" + forFileName(startDate) + "-" + forFileName(end) + ".csv";
    }

    private static String forFileName(String dateOrInstant) {
        return dateOrInstant.replace(":", "");
    }

    /** As TimeWindow reads it: ten characters are a date. */
    private static boolean isDate(String text) {
        return text != null && text.length() == 10;
    }
}
