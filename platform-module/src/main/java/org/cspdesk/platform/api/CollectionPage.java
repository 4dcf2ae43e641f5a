package org.cspdesk.platform.api;

import java.util.List;

/**
 * The Partner Center collection shape. {@code totalCount} is the number of items in this page, as in
 * Partner Center: counting a whole table on every page would cost more than the page itself.
 * {@code links} are added to every page on its way out ({@code platform.web.CollectionPageLinks}): a
 * resource returns {@link #of} and never builds them itself.
 */
public record CollectionPage<T>(int totalCount, List<T> items, String continuationToken,
                                CollectionLinks links, Attributes attributes) {

    public static <T> CollectionPage<T> of(List<T> items, String continuationToken) {
        return new CollectionPage<>(items.size(), items, continuationToken, null, Attributes.of("Collection"));
    }

    public CollectionPage<T> withLinks(CollectionLinks links) {
        return new CollectionPage<>(totalCount, items, continuationToken, links, attributes);
    }
}
