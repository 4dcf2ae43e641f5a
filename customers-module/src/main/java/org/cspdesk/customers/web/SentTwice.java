package org.cspdesk.customers.web;

import org.cspdesk.platform.api.ApiProblem;

import java.util.Objects;

/**
 * The Java SDK 1.15.3 sends some members twice, camelCase from a getter and PascalCase from an annotated field
 * ({@code usageLocation}/{@code UsageLocation}, a password profile's {@code password}/{@code Password}): either
 * spelling is taken, and two that disagree are refused.
 */
final class SentTwice {
    private SentTwice() {
    }

    static <T> T agree(String field, T camel, T pascal) {
        if (camel != null && pascal != null && !camel.equals(pascal)) {
            throw ApiProblem.badRequest("conflicting_fields", "'" + field + "' is sent twice with two values ("
                    + camel + ", " + pascal + "); send one.").with("field", field);
        }
        return camel != null ? camel : pascal;
    }

    /** As {@link #agree}, without echoing the values: they are passwords. */
    static void agreeSecretly(String field, String camel, String pascal) {
        if (camel != null && pascal != null && !Objects.equals(camel, pascal)) {
            throw ApiProblem.badRequest("conflicting_fields", "'" + field + "' is sent twice with two values;"
                    + " send one.").with("field", field);
        }
    }
}
