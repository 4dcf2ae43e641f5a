package org.cspdesk.platform.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose value on the wire differs from its Java name ({@code "active"}, {@code "P1Y"}).
 * Parsing through {@link #parse} turns an unknown value into a 400 that lists the allowed ones.
 */
public interface WireValue {
    String wire();

    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value, String field) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.wire().equals(value)) {
                return candidate;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(WireValue::wire)
                .collect(Collectors.joining(", "));
        throw ApiProblem.badRequest("invalid_value",
                "'" + field + "' must be one of: " + allowed + (value == null ? " (it is missing)" : " (got '" + Echo.shortly(value) + "')"));
    }
}
