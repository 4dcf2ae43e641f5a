package org.cspdesk.platform.api;

import java.util.List;

/**
 * The {@code links} member a Partner Center client sends back on a write because it read it on the resource
 * (the SDKs' {@code ResourceBaseWithLinks}): accepted in request bodies so that a read-modify-write works, and
 * ignored, as Partner Center ignores it. The Java SDK sends it twice, as {@code links} and {@code __Links} (a
 * public field beside its getter), so request records declare both.
 */
public record EchoedLinks(Link self, Link next, Link previous, Link offer, Link entitlement, Link product, Link sku,
                          Link availability, Link parentSubscription) {

    /** Partner Center's {@code Link}: where to go, how, with which headers. */
    public record Link(String uri, String method, List<Header> headers, String body) {
    }

    public record Header(String key, String value) {
    }
}
