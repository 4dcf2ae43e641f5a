package org.cspdesk.platform.api;

import java.util.List;

/**
 * The Partner Center collection shape. {@code totalCount} is the number of items in this page, as in
 * Partner Center: counting a whole table on every page would cost more than the page itself.
 */
public record CollectionPage<T>(int totalCount, List<T> items, String continuationToken,
                                Attributes attributes) {

    public static <T> CollectionPage<T> of(List<T> items, String continuationToken) {
        return new CollectionPage<>(items.size(), items, continuationToken, Attributes.of("Collection"));
    }
}
