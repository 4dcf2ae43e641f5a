package org.cspdesk.audit.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Ids;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A question to the activity log: a window {@code [start, end)} and at most one filter, as Partner
 * Center's audit API takes them. Unlike Partner Center, any window is allowed.
 */
public record AuditQuery(OffsetDateTime start, OffsetDateTime end, String field, String value, String operator) {
    static final Set<String> FIELDS = Set.of("CustomerId", "CompanyName", "ResourceType", "OperationType", "UserPrincipalName");
    static final Set<String> OPERATORS = Set.of("equals", "substring");

    public static AuditQuery parse(String startDate, String endDate, String filter) {
        if (startDate == null || startDate.isBlank()) {
            throw ApiProblem.badRequest("missing_parameter", "'startDate' is required (an ISO-8601 date or instant).");
        }
        OffsetDateTime start = instant(startDate, "startDate", false);
        OffsetDateTime end = endDate == null || endDate.isBlank() ? OffsetDateTime.now(ZoneOffset.UTC)
                : instant(endDate, "endDate", true);
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("invalid_window", "'startDate' must be before 'endDate' (got " + start
                    + " and " + end + ").");
        }
        if (filter == null || filter.isBlank()) {
            return new AuditQuery(start, end, null, null, null);
        }
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(filter)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiProblem.badRequest("invalid_filter", "'filter' must be URL-encoded JSON such as "
                    + "{\"field\":\"CustomerId\",\"value\":\"...\",\"operator\":\"equals\"}.");
        }
        String field = text(json, "field");
        String value = text(json, "value");
        String operator = json.containsKey("operator") ? text(json, "operator") : "equals";
        if (!FIELDS.contains(field)) {
            throw ApiProblem.badRequest("invalid_filter", "'filter.field' must be one of " + String.join(", ",
                    FIELDS.stream().sorted().toList()) + " (got '" + field + "').");
        }
        if (!OPERATORS.contains(operator)) {
            throw ApiProblem.badRequest("invalid_filter", "'filter.operator' must be equals or substring (got '"
                    + operator + "').");
        }
        if (field.equals("CustomerId") && operator.equals("equals")) {
            Ids.parse(value, "filter.value");
        }
        return new AuditQuery(start, end, field, value, operator);
    }

    /** Identifies the query inside a continuation token, so a token only continues its own query. */
    public String fingerprint() {
        return "audit|" + start + "|" + end + "|" + field + "|" + operator + "|" + value;
    }

    public boolean substring() {
        return "substring".equals(operator);
    }

    public String lowerValue() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonString string)) {
            throw ApiProblem.badRequest("invalid_filter", "'filter." + name + "' must be a string.");
        }
        return string.getString();
    }

    /** A date means its start (for startDate) or the start of the next day (for endDate, inclusive). */
    private static OffsetDateTime instant(String text, String name, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("invalid_date", "'" + name + "' must be an ISO-8601 date (2026-11-23) or "
                    + "instant (2026-11-23T10:15:30Z); got '" + text + "'.");
        }
    }
}
