package org.cspdesk.platform.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A query string as a list of decoded parameters in the order sent, and back (decoded as JAX-RS decodes them). */
final class QueryParameters {

    record Parameter(String name, String value) {
    }

    private QueryParameters() {
    }

    /** The parameters of a raw query string; an empty list for none. IllegalArgumentException: a bad %-escape. */
    static List<Parameter> parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            String value = equals < 0 ? "" : part.substring(equals + 1);
            parameters.add(new Parameter(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        return parameters;
    }

    /** The parameters as a query string, each name and value percent-encoded (a space as %20). */
    static String format(List<Parameter> parameters) {
        return parameters.stream().map(p -> encode(p.name()) + "=" + encode(p.value())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
