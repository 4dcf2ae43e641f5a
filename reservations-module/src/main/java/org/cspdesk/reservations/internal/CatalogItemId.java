package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;

/**
 * A reservation's id in Partner Center's form, {@code productId:skuId:availabilityId}: our catalog's SKU
 * ({@code DZH318Z0BQ3S:0001}, product and region) and, as the availability, the term
 * ({@code DZH318Z0BQ3S:0001:P1Y}). A cart line's {@code catalogItemId} and an order line's {@code offerId}
 * are this string; it is stable as long as the catalog row is (docs/adr/0016).
 */
public record CatalogItemId(String skuId, Term term) {

    public static CatalogItemId of(CatalogItem item) {
        return new CatalogItemId(item.skuId(), item.term());
    }

    /** The id a client sent, or a 400 that says what it should look like. */
    public static CatalogItemId parse(String value, String field) {
        int last = value == null ? -1 : value.lastIndexOf(':');
        if (last > 0 && value.indexOf(':') < last) {
            for (Term term : Term.values()) {
                if (term.wire().equals(value.substring(last + 1))) {
                    return new CatalogItemId(value.substring(0, last), term);
                }
            }
        }
        throw ApiProblem.badRequest("invalid_catalog_item_id", "'" + field + "' must be productId:skuId:availabilityId,"
                + " the availability being the term P1Y or P3Y (e.g. DZH318Z0BQ3S:0001:P1Y; GET"
                + " /v1/products/reservations lists them)" + (value == null ? "; it is missing." : "; got '"
                + Echo.shortly(value) + "'."));
    }

    public String wire() {
        return skuId + ":" + term.wire();
    }
}
