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

    /**
     * Partner Center's {@code Link} as a client sends it back: the shape of {@link org.cspdesk.platform.api.Link}
     * and the SDKs' {@code body} member.
     */
    public record Link(String uri, String method, List<org.cspdesk.platform.api.Link.Header> headers, String body) {
    }
}
