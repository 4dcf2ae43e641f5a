package org.cspdesk.platform.api;

/**
 * The {@code links} of a collection page, as Partner Center's SDKs read them ({@code
 * StandardResourceCollectionLinks}): {@code self}, the page itself, and {@code next}, only when there is a
 * next page. CSP Desk pages forward only, so there is no {@code previous}.
 */
public record CollectionLinks(Link self, Link next) {
}
