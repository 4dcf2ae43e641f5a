package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.reservations.api.PriceListUpdated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and replaces the partner's price list; every change is recorded as {@code update_price_list}. */
@ApplicationScoped
public class PriceLists {

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    @Inject
    ReservationCatalog catalog;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<PriceListUpdated> updated;

    private final Clock clock = Clock.systemUTC();

    /**
     * The price list with its overrides, in one query (a join, not a find and then a read of the overrides):
     * the catalog reads it for every page it prices.
     */
    public PriceList current() {
        List<PriceList> found = em.createQuery("select p from PriceList p left join fetch p.overrides"
                + " where p.id = :id", PriceList.class).setParameter("id", PriceList.THE_ONE).getResultList();
        return found.isEmpty() ? null : found.get(0); // a row per override, all of them the one price list
    }

    /** One price wanted for a SKU and term. */
    public record WantedOverride(String skuId, Term term, BigDecimal unitPrice) {
    }

    @Transactional
    public PriceList replace(Long expectedVersion, BigDecimal markupPercent, List<WantedOverride> wanted) {
        PriceList list = current();
        if (expectedVersion != null && expectedVersion != list.version()) {
            throw ApiProblem.preconditionFailed("The price list changed since you read it; read it again and retry.");
        }
        Set<String> seen = new HashSet<>();
        List<PriceOverride> overrides = wanted.stream().map(w -> {
            catalog.require(w.skuId(), w.term());
            if (!seen.add(w.skuId() + "|" + w.term())) {
                throw ApiProblem.badRequest("duplicate_override", "The price of " + w.skuId() + " " + w.term().wire()
                        + " is given twice.");
            }
            return new PriceOverride(w.skuId(), w.term(), w.unitPrice());
        }).toList();
        PriceListUpdated.Prices before = list.snapshot();
        PriceListUpdated.Prices after = PriceList.snapshot(PriceList.validMarkup(markupPercent), list.currency(),
                overrides);
        if (before.equals(after)) {
            return list; // the same prices again: nothing changes, nothing is recorded
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        list.replace(markupPercent, overrides, currentRequest.userPrincipalName(), now);
        em.flush();
        updated.fire(new PriceListUpdated(before, after, currentRequest.actor(), now));
        return list;
    }
}
