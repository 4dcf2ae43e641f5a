package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The price the partner sets for one SKU and term, whatever the markup. */
@Embeddable
public class PriceOverride {

    @Column(name = "sku_id", nullable = false)
    private String skuId;

    @Column(name = "term", nullable = false)
    private String term;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    protected PriceOverride() {
    }

    PriceOverride(String skuId, Term term, BigDecimal unitPrice) {
        this.skuId = skuId;
        this.term = term.name();
        this.unitPrice = Money.cents(unitPrice);
    }

    public String skuId() {
        return skuId;
    }

    public Term term() {
        return Term.valueOf(term);
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    boolean covers(CatalogItem item) {
        return skuId.equals(item.skuId()) && term.equals(item.term().name());
    }
}
