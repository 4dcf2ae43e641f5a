package org.cspdesk.platform.api;

import java.util.List;

/**
 * Partner Center's {@code Link} (the SDKs' {@code Link}): where to go, with which method and headers. Its
 * {@code uri} is relative to the API's root {@code /v1}, as Partner Center's are ({@code /customers?size=40}):
 * both SDKs request {@code <root>/v1/} followed by the uri without its leading slash (ADR 0015).
 */
public record Link(String uri, String method, List<Header> headers) {

    public Link {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    /** A GET of {@code uri} with those headers. */
    public static Link get(String uri, List<Header> headers) {
        return new Link(uri, "GET", headers);
    }

    /** One header of a link: the SDKs' {@code KeyValuePair<String, String>}, {@code {"key", "value"}}. */
    public record Header(String key, String value) {
    }
}
