package org.cspdesk.audit.internal;

import org.cspdesk.platform.api.ApiProblem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The window {@code [start, end)} of a question to the activity log or of a report, as the caller gave it:
 * {@code startDate} required, {@code endDate} "now" when absent. Any length is allowed (unlike Partner
 * Center's 90 days).
 *
 * @param endsNow the caller gave no {@code endDate}: a continuation token must then not pin the "now" of
 *                its first page into the query it belongs to, or the second page would be refused.
 */
public record TimeWindow(OffsetDateTime start, OffsetDateTime end, boolean endsNow) {
    /**
     * The years a window may name. Java parses years up to 999,999,999 but PostgreSQL stores 4713 BC to
     * 294276 AD and fails the query beyond; the four-digit years of ISO-8601 cover any log there will be.
     */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    public static TimeWindow parse(String startDate, String endDate) {
        if (startDate == null || startDate.isBlank()) {
            throw ApiProblem.badRequest("missing_parameter", "'startDate' is required (an ISO-8601 date or instant).");
        }
        OffsetDateTime start = instant(startDate, "startDate", false);
        boolean endsNow = endDate == null || endDate.isBlank();
        OffsetDateTime end = endsNow ? OffsetDateTime.now(ZoneOffset.UTC) : instant(endDate, "endDate", true);
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("invalid_window", "'startDate' must be before 'endDate' (got " + start
                    + " and " + end + ").");
        }
        return new TimeWindow(start, end, endsNow);
    }

    /** The window as a continuation token identifies its query: an open end is "now" on every page. */
    public String fingerprint() {
        return start + "|" + (endsNow ? "now" : end.toString());
    }

    /** A date means its start (for startDate) or the start of the next day (for endDate, inclusive). */
    private static OffsetDateTime instant(String text, String name, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                requireStorableYear(day.getYear(), text, name);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            OffsetDateTime instant = OffsetDateTime.parse(text);
            requireStorableYear(instant.getYear(), text, name);
            return instant.withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("invalid_date", "'" + name + "' must be an ISO-8601 date (2026-11-23) or "
                    + "instant (2026-11-23T10:15:30Z); got '" + text + "'.");
        }
    }

    /** The year as written: 9999-12-31 as an endDate ends at the start of year 10000, which is fine. */
    private static void requireStorableYear(int year, String text, String name) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiProblem.badRequest("invalid_date", "'" + name + "' must fall in the years " + FIRST_YEAR + " to "
                    + LAST_YEAR + "; got '" + text + "'.");
        }
    }
}
