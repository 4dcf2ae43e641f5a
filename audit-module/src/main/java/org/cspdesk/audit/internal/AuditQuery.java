package org.cspdesk.audit.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Ids;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * A question to the activity log: a {@link TimeWindow window} and at most one filter, as Partner
 * Center's audit API takes them. Unlike Partner Center, any window is allowed.
 */
public record AuditQuery(TimeWindow window, String field, String value, String operator) {
    static final Set<String> FIELDS = Set.of("CustomerId", "CompanyName", "ResourceType", "OperationType", "UserPrincipalName");
    static final Set<String> OPERATORS = Set.of("equals", "substring");

    public static AuditQuery parse(String startDate, String endDate, String filter) {
        TimeWindow window = TimeWindow.parse(startDate, endDate);
        if (filter == null || filter.isBlank()) {
            return new AuditQuery(window, null, null, null);
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
        if (value.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold it (no record does) and refuses it in a parameter.
            throw ApiProblem.badRequest("invalid_filter", "'filter.value' cannot contain the NUL character (U+0000).");
        }
        if (field.equals("CustomerId") && operator.equals("equals")) {
            Ids.parse(value, "filter.value");
        }
        return new AuditQuery(window, field, value, operator);
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

    private static String text(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonString string)) {
            throw ApiProblem.badRequest("invalid_filter", "'filter." + name + "' must be a string.");
        }
        return string.getString();
    }
}
