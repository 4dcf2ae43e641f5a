package org.cspdesk.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault suite's corpus: malformed bodies, headers, path segments and query values, each with a name
 * a failure report can cite. Everything here is well-formed HTTP (the server's HTTP codec refuses broken
 * HTTP itself, see HttpEdgeIT); what is malformed is what the application reads.
 */
final class MalformedRequests {
    private MalformedRequests() {
    }

    /** A body and the headers it is sent with. */
    record Body(String name, String contentType, byte[] bytes, Map<String, String> extraHeaders) {
        static Body json(String name, String text) {
            return new Body(name, "application/json", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>(List.of(
                Body.json("unterminated object in an unknown member", "{\"x\":{"),
                Body.json("unterminated list in an unknown member", "{\"x\":["),
                Body.json("lone brace", "{"),
                Body.json("lone bracket", "["),
                Body.json("closing bracket", "]"),
                Body.json("empty list", "[]"),
                Body.json("empty string", "\"\""),
                Body.json("null", "null"),
                Body.json("true", "true"),
                Body.json("huge exponent", "1e999999999"),
                Body.json("exponent beyond an int", "{\"a\":1e-2147483648,\"b\":[1e99999999999]}"),
                Body.json("unknown member", "{\"x\":1}"),
                Body.json("escaped U+0000", "{\"a\":\"\\u0000\"}"),
                Body.json("lone surrogate", "{\"a\":\"\\ud800\"}"),
                Body.json("trailing comma", "{\"a\":1,}"),
                Body.json("NaN", "{\"a\":NaN}"),
                Body.json("short unicode escape", "{\"a\":\"\\u12\"}"),
                Body.json("raw control character", "{\"a\":\"\u0001\"}"),
                Body.json("nested 100,000 deep", "[".repeat(100_000)),
                Body.json("member twice", "{\"a\":1,\"a\":2}"),
                Body.json("number of 200 digits", "{\"a\":" + "1".repeat(200) + "}"),
                Body.json("garbage after the value", "{}x"),
                Body.json("every field of the wrong type", "{\"lineItems\":true,\"allowCustomerToPurchase\":\"yes\","
                        + "\"offerId\":1e400,\"friendlyName\":true,\"quantity\":1.5,\"markupPercent\":\"x\",\"url\":[],"
                        + "\"userId\":{},\"role\":false,\"scope\":7,\"status\":[],\"selfServeEntity\":\"x\"}"),
                Body.json("empty body", ""),
                Body.json("byte order mark and a brace", "\uFEFF{"),
                new Body("not UTF-8", "application/json", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
                        Map.of()),
                new Body("Content-Type: json", "json", "{}".getBytes(StandardCharsets.UTF_8), Map.of()),
                new Body("text/plain", "text/plain", "{}".getBytes(StandardCharsets.UTF_8), Map.of()),
                new Body("XML", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), Map.of()),
                new Body("Latin-1 charset", "application/json; charset=ISO-8859-1", "{}".getBytes(StandardCharsets.UTF_8),
                        Map.of()),
                new Body("gzip that is not", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Encoding", "gzip")),
                new Body("over 1 MiB", "application/json",
                        ("{\"a\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), Map.of())));
        return bodies;
    }

    /** Headers that are malformed for the application (each replaces or adds one header). */
    static Map<String, Map<String, String>> headers(String validToken) {
        Map<String, Map<String, String>> headers = new LinkedHashMap<>();
        headers.put("MS-RequestId of 300 characters", Map.of("MS-RequestId", "r".repeat(300)));
        headers.put("MS-RequestId with spaces", Map.of("MS-RequestId", "two words"));
        headers.put("MS-CorrelationId with markup", Map.of("MS-CorrelationId", "<script>alert(1)</script>"));
        headers.put("If-Match that is no etag", Map.of("If-Match", "garbage\""));
        headers.put("If-Match of a huge number", Map.of("If-Match", "\"99999999999999999999999\""));
        headers.put("bearer garbage", Map.of("Authorization", "Bearer garbage"));
        headers.put("bearer of three empty parts", Map.of("Authorization", "Bearer .."));
        headers.put("bearer a.b.c", Map.of("Authorization", "Bearer a.b.c"));
        headers.put("basic credentials", Map.of("Authorization", "Basic YWRtaW46YWRtaW4="));
        headers.put("bearer with a broken signature", Map.of("Authorization", "Bearer " + validToken + "x"));
        headers.put("no credentials", Map.of("Authorization", ""));
        headers.put("Accept: text/html", Map.of("Accept", "text/html"));
        headers.put("Accept: application/xml", Map.of("Accept", "application/xml"));
        headers.put("Accept garbage", Map.of("Accept", "%%%"));
        headers.put("Content-Type garbage", Map.of("Content-Type", ";;;"));
        return headers;
    }

    /** Values put in place of one path parameter (already encoded for the request line). */
    static Map<String, String> pathValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("not a UUID", "not-a-uuid");
        values.put("dot segments", "..%2F..%2Fhealth");
        values.put("3,000 characters", "x".repeat(3000));
        values.put("euro sign", "%E2%82%AC");
        values.put("SQL", "'%3B%20drop%20table%20customers.customer--");
        values.put("space", "%20");
        values.put("UUID with a suffix", "3fa85f64-5717-4562-b3fc-2c963f66afa6x");
        return values;
    }

    /**
     * Path values Catalina refuses before it picks the WAR ("400 Invalid URI", no body): they can get no
     * answer of ours (ADR 0013), and must get that one promptly, closing the connection.
     */
    static Map<String, String> pathValuesRefusedBeforeTheWar() {
        return Map.of("%00", "%00", "%FF", "%FF");
    }

    /** Values put in place of one query parameter (already encoded). */
    static Map<String, String> queryValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("letters", "abc");
        values.put("negative", "-1");
        values.put("twenty digits", "99999999999999999999");
        values.put("%00", "%00");
        values.put("%FF", "%FF");
        values.put("3,000 characters", "x".repeat(3000));
        values.put("unterminated JSON", "%7B%22field%22%3A%22CustomerId%22%2C%22value%22%3A%7B");
        values.put("JSON list", "%5B%5D");
        values.put("a year PostgreSQL cannot store", "99999-01-01");
        values.put("empty", "");
        return values;
    }

    /** HTTP methods no endpoint serves. */
    static List<String> strangeMethods() {
        return List.of("PROPFIND", "FOO", "PATCH", "PUT", "DELETE");
    }
}
