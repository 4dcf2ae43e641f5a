package org.cspdesk.reservations.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.reservations.api.PriceListUpdated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The prices the partner's customers pay (docs/rules.md rule 7): list price plus a markup in percent,
 * unless an override sets the price of a SKU and term. One per deployment; its version is the ETag.
 */
@Entity
@Table(name = "price_list", schema = "reservations")
public class PriceList {
    static final int THE_ONE = 1;
    static final BigDecimal MIN_MARKUP = new BigDecimal("-99.99");
    static final BigDecimal MAX_MARKUP = new BigDecimal("1000");

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "markup_percent", nullable = false)
    private BigDecimal markupPercent;

    @Column(name = "currency", nullable = false)
    private String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "price_override", schema = "reservations",
            joinColumns = @JoinColumn(name = "price_list_id"))
    private List<PriceOverride> overrides = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected PriceList() {
    }

    /** The customer's price of one reservation of that item. */
    public Money unitPrice(CatalogItem item) {
        for (PriceOverride override : overrides) {
            if (override.covers(item)) {
                return new Money(override.unitPrice(), currency);
            }
        }
        return item.listPrice().plusPercent(markupPercent);
    }

    /** A markup as kept: two decimals, within what a price list may say. */
    static BigDecimal validMarkup(BigDecimal markup) {
        if (markup.compareTo(MIN_MARKUP) < 0 || markup.compareTo(MAX_MARKUP) > 0) {
            throw ApiProblem.badRequest("invalid_markup", "'markupPercent' must be between " + MIN_MARKUP
                    + " and " + MAX_MARKUP + " (got " + markup.toPlainString() + ").");
        }
        return markup.setScale(2, RoundingMode.HALF_UP);
    }

    void replace(BigDecimal markup, List<PriceOverride> newOverrides, String by, OffsetDateTime at) {
        markupPercent = validMarkup(markup);
        overrides.clear();
        overrides.addAll(newOverrides);
        updatedBy = by;
        updatedAt = at;
    }

    PriceListUpdated.Prices snapshot() {
        return snapshot(markupPercent, currency, overrides);
    }

    /** The prices as the activity log shows them, overrides in a stable order so that equal means equal. */
    static PriceListUpdated.Prices snapshot(BigDecimal markup, String currency, List<PriceOverride> overrides) {
        return new PriceListUpdated.Prices(markup, currency, overrides.stream()
                .sorted(Comparator.comparing(PriceOverride::skuId).thenComparing(PriceOverride::term))
                .map(o -> new PriceListUpdated.Override(o.skuId(), o.term().wire(), o.unitPrice())).toList());
    }

    public BigDecimal markupPercent() {
        return markupPercent;
    }

    public String currency() {
        return currency;
    }

    public List<PriceOverride> overrides() {
        return overrides.stream().sorted(Comparator.comparing(PriceOverride::skuId)
                .thenComparing(PriceOverride::term)).toList();
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
