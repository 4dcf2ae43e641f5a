package org.cspdesk.audit.internal;

import org.cspdesk.platform.api.OperationType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CSV export as one {@code COPY (SELECT ...) TO STDOUT (FORMAT csv, HEADER)}: PostgreSQL writes every byte
 * of every row (RFC 4180 quoting included) and the server only passes them on, so the export runs at about the
 * database's own speed with constant memory. What the Java writer did before is in the SELECT: the ISO 8601 date
 * the JSON list writes, the operation's display name, and the guard against spreadsheet formulas.
 *
 * <p>{@code COPY} takes no bind parameters, so the query's values are written into it as literals: timestamps
 * and UUIDs as the JDK prints them (digits, letters and punctuation only) and text as a standard SQL string,
 * its quotes doubled, which is the whole of the escaping while {@code standard_conforming_strings} is on (the
 * export sets it for its transaction).
 */
final class CsvExport {
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
    /**
     * The export's columns in its order, named as the JSON list names them (the header row). Built once: the
     * display names are the code's own.
     */
    private static final String COLUMNS = String.join(", ",
            "id as \"id\"",
            // PostgreSQL prints a UTC timestamp as 2026-11-14 12:42:02.0826 (DateStyle ISO, which the JDBC driver
            // sets), trailing zeros of the fraction trimmed as the JSON list's ISO 8601 does: a T and a Z make
            // them the same text.
            "replace((operation_date at time zone 'UTC')::text, ' ', 'T') || 'Z' as \"operationDate\"",
            "operation_type as \"operationType\"",
            displayName() + " as \"displayName\"",
            "operation_status as \"operationStatus\"",
            "customer_id as \"customerId\"",
            freeText("customer_name", "customerName"),
            freeText("user_principal_name", "userPrincipalName"),
            "operator_type as \"operatorType\"",
            "resource_type as \"resourceType\"",
            freeText("resource_name", "resourceName"),
            freeText("resource_old_value", "resourceOldValue"),
            freeText("resource_new_value", "resourceNewValue"),
            freeText("customized_data", "customizedData"),
            freeText("original_correlation_id", "originalCorrelationId"));

    private CsvExport() {
    }

    /** The COPY statement of {@code where} (JPA's numbered parameters, {@code ?1} for {@code params.get(0)}). */
    static String copy(String where, List<Object> params) {
        return "copy (select " + COLUMNS + " from audit.audit_record where " + inline(where, params)
                + " order by operation_date desc, seq desc) to stdout with (format csv, header)";
    }

    /**
     * Free text a caller or a customer chose (names, values, data), guarded: a cell starting with = + - @ tab or
     * carriage return is one a spreadsheet would run as a formula (OWASP, CSV injection); an apostrophe makes it
     * text. The other columns are the database's own UUIDs and timestamps or wire values of our own code.
     */
    private static String freeText(String column, String header) {
        return "case when left(" + column + ", 1) in ('=', '+', '-', '@', E'\\t', E'\\r') then '''' || " + column
                + " else " + column + " end as \"" + header + "\"";
    }

    /** Every operation type's display name; an unknown wire value shows as itself, as in the JSON list. */
    private static String displayName() {
        return Stream.of(OperationType.values())
                .map(type -> " when " + literal(type.wire()) + " then " + literal(type.displayName()))
                .collect(Collectors.joining("", "case operation_type", " else operation_type end"));
    }

    static String inline(String sql, List<Object> params) {
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder inlined = new StringBuilder();
        while (parameter.find()) {
            Object value = params.get(Integer.parseInt(parameter.group(1)) - 1);
            parameter.appendReplacement(inlined, Matcher.quoteReplacement(literal(value)));
        }
        return parameter.appendTail(inlined).toString();
    }

    static String literal(Object value) {
        if (value instanceof OffsetDateTime date) {
            return "'" + date + "'::timestamptz";
        }
        if (value instanceof UUID id) {
            return "'" + id + "'::uuid";
        }
        if (value instanceof String text) {
            if (text.indexOf('\0') >= 0) {
                // PostgreSQL text cannot hold NUL; the query's parsing refuses such a filter before this.
                throw new IllegalArgumentException("a NUL character in a literal");
            }
            return "'" + text.replace("'", "''") + "'";
        }
        throw new IllegalArgumentException("no literal for " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
