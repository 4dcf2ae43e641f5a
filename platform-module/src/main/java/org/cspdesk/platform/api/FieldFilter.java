package org.cspdesk.platform.api;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Partner Center's {@code filter} query parameter: one {@code SimpleFieldFilter} as JSON,
 * {@code {"field": "CompanyName", "value": "Conto", "operator": "starts_with"}}. Read as both SDKs write it:
 * the .NET SDK's {@code {"Field", "Value", "Operator": "starts_with"}}, the Java SDK's {@code {"operator":
 * "StartsWith", "fieldType": "String", "field", "value"}}. Member names, field names and operators are
 * matched ignoring case and underscores ({@code starts_with}, {@code StartsWith} and {@code STARTS_WITH} are
 * one operator; {@code CompanyName} and {@code COMPANY_NAME} one field). Anything else is a 400
 * {@code invalid_filter} that says what is wrong: a filter is never ignored, and never answers an empty page
 * because it was not understood.
 *
 * @param field    the field's canonical name, as the endpoint lists it
 * @param value    the value as sent
 * @param operator the operator's canonical name, as the endpoint lists it
 */
public record FieldFilter(String field, String value, String operator) {
    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());
    private static final int MAX_LENGTH = 2_000;

    /**
     * What an endpoint's filter takes: its fields and operators by canonical name, the operator when none is
     * sent (null: one must be sent), fields Partner Center has but CSP Desk does not (each with the reason),
     * and other names of the fields (an alias to its canonical name).
     */
    public record Grammar(List<String> fields, List<String> operators, String defaultOperator,
                          Map<String, String> unsupportedFields, Map<String, String> fieldAliases) {
        public Grammar {
            fields = List.copyOf(fields);
            operators = List.copyOf(operators);
            unsupportedFields = Map.copyOf(unsupportedFields);
            fieldAliases = Map.copyOf(fieldAliases);
        }
    }

    /** The filter, or 400 {@code invalid_filter}; null when none is given. */
    public static FieldFilter parse(String filter, Grammar grammar) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        if (filter.length() > MAX_LENGTH) {
            throw invalid("'filter' is longer than " + MAX_LENGTH + " characters.", grammar);
        }
        String text = filter.strip();
        if (!text.startsWith("{")) {
            // The plain text of earlier versions (?filter=conto) lands here: Partner Center's shape replaced it.
            throw invalid("'filter' must be a JSON object (Partner Center's filter), not text or another value.",
                    grammar);
        }
        Map<String, String> members = members(text, grammar);
        String field = members.get("field");
        String value = members.get("value");
        String operator = members.get("operator");
        String fieldType = members.get("fieldtype");
        if (field == null) {
            throw invalid("'filter' names no field.", grammar);
        }
        if (value == null) {
            throw invalid("'filter' has no value to compare the field with.", grammar);
        }
        if (value.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold it (no stored value does) and refuses it in a parameter.
            throw invalid("'filter.value' cannot contain the NUL character (U+0000).", grammar);
        }
        if (fieldType != null && !normalized(fieldType).equals("string")) {
            throw invalid("'filter.fieldType' can only be String (got '" + Echo.shortly(fieldType) + "').", grammar);
        }
        return new FieldFilter(canonicalField(field, grammar), value, canonicalOperator(operator, grammar));
    }

    /** A name as compared: lower case, without underscores, hyphens or spaces. */
    static String normalized(String name) {
        StringBuilder plain = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c != '_' && c != '-' && c != ' ') {
                plain.append(Character.toLowerCase(c));
            }
        }
        return plain.toString();
    }

    private static String canonicalField(String field, Grammar grammar) {
        String wanted = normalized(field);
        for (String known : grammar.fields()) {
            if (normalized(known).equals(wanted)) {
                return known;
            }
        }
        for (Map.Entry<String, String> alias : grammar.fieldAliases().entrySet()) {
            if (normalized(alias.getKey()).equals(wanted)) {
                return alias.getValue();
            }
        }
        for (Map.Entry<String, String> unsupported : grammar.unsupportedFields().entrySet()) {
            if (normalized(unsupported.getKey()).equals(wanted)) {
                throw invalid("'filter.field' " + unsupported.getKey() + " is not supported: "
                        + unsupported.getValue(), grammar);
            }
        }
        throw invalid("'filter.field' must be one of " + String.join(", ", grammar.fields()) + " (got '"
                + Echo.shortly(field) + "').", grammar);
    }

    private static String canonicalOperator(String operator, Grammar grammar) {
        if (operator == null) {
            if (grammar.defaultOperator() == null) {
                throw invalid("'filter' names no operator.", grammar);
            }
            return grammar.defaultOperator();
        }
        String wanted = normalized(operator);
        for (String known : grammar.operators()) {
            if (normalized(known).equals(wanted)) {
                return known;
            }
        }
        throw invalid("'filter.operator' must be " + String.join(" or ", grammar.operators()) + " (got '"
                + Echo.shortly(operator) + "').", grammar);
    }

    /** The members of one flat JSON object of strings, by normalized name; 400 for anything else. */
    private static Map<String, String> members(String filter, Grammar grammar) {
        Map<String, String> members = new HashMap<>();
        Map<String, String> sentAs = new LinkedHashMap<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(filter))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("'filter' must be a JSON object, URL-encoded.", grammar);
            }
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String name = parser.getString();
                String key = normalized(name);
                if (!key.equals("field") && !key.equals("value") && !key.equals("operator") && !key.equals("fieldtype")) {
                    throw invalid("'filter' has a member '" + Echo.shortly(name) + "'; it takes field, value, operator "
                            + "and fieldType.", grammar);
                }
                if (sentAs.containsKey(key)) {
                    throw invalid("'filter' names " + key + " twice ('" + Echo.shortly(sentAs.get(key)) + "' and '"
                            + Echo.shortly(name) + "').", grammar);
                }
                sentAs.put(key, name);
                JsonParser.Event value = parser.next();
                if (value == JsonParser.Event.VALUE_STRING) {
                    members.put(key, parser.getString());
                } else if (value != JsonParser.Event.VALUE_NULL) {
                    throw invalid("'filter." + Echo.shortly(name) + "' must be a string.", grammar);
                }
            }
            if (parser.hasNext()) {
                throw invalid("'filter' has something after its JSON object.", grammar);
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw invalid("'filter' is not valid JSON.", grammar);
        }
        return members;
    }

    private static ApiProblem invalid(String what, Grammar grammar) {
        return ApiProblem.badRequest("invalid_filter", what + " Send URL-encoded JSON such as {\"field\":\""
                + grammar.fields().get(0) + "\",\"value\":\"...\",\"operator\":\"" + grammar.operators().get(0) + "\"}.")
                .with("parameter", "filter");
    }
}
