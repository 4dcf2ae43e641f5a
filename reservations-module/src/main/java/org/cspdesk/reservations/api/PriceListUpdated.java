package org.cspdesk.reservations.api;

import org.cspdesk.platform.api.Actor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The partner changed the prices its customers pay for reservations ("update_price_list"). */
public record PriceListUpdated(Prices before, Prices after, Actor actor, OffsetDateTime at) {

    /** A markup over list price, and the SKU/term prices that override it. */
    public record Prices(BigDecimal markupPercent, String currency, List<Override> overrides) {
    }

    public record Override(String skuId, String term, BigDecimal unitPrice) {
    }
}
