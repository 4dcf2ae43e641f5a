package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.reservations.api.CustomerPurchases;
import org.cspdesk.reservations.api.PurchaseTotals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Customers' own orders and their totals, for the self-serve report: one grouped query per page of customers. */
@ApplicationScoped
public class OrderedByCustomers implements CustomerPurchases {

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    @Override
    public Map<UUID, PurchaseTotals> selfPurchasesOf(Collection<UUID> customerIds, OffsetDateTime start,
                                                     OffsetDateTime end) {
        Map<UUID, PurchaseTotals> totals = new LinkedHashMap<>();
        customerIds.forEach(id -> totals.put(id, PurchaseTotals.none(Money.USD)));
        if (customerIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = em.createQuery("select o.customerId, count(o), sum(o.totalPrice), o.currency"
                        + " from CustomerOrder o where o.customerId in :customers and o.operatorType = 'customer'"
                        + " and o.creationDate >= :start and o.creationDate < :end"
                        + " group by o.customerId, o.currency", Object[].class)
                .setParameter("customers", List.copyOf(customerIds)).setParameter("start", start)
                .setParameter("end", end).getResultList();
        for (Object[] row : rows) {
            totals.put((UUID) row[0], new PurchaseTotals((Long) row[1], Money.cents((BigDecimal) row[2]),
                    (String) row[3]));
        }
        return totals;
    }

    @Override
    public PurchaseTotals allSelfPurchases(OffsetDateTime start, OffsetDateTime end) {
        // The price list has one currency, so every order has it; the sum stays exact (numeric in PostgreSQL).
        List<Object[]> rows = em.createQuery("select count(o), sum(o.totalPrice), o.currency from CustomerOrder o"
                        + " where o.operatorType = 'customer' and o.creationDate >= :start and o.creationDate < :end"
                        + " group by o.currency", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList();
        if (rows.isEmpty()) {
            return PurchaseTotals.none(Money.USD);
        }
        if (rows.size() > 1) { // not today (the price list's currency is fixed), but a sum must never mix them
            throw ApiProblem.conflict("mixed_currencies", "Customers' orders in this window are in " + rows.size()
                    + " currencies; a total would mix them.");
        }
        Object[] row = rows.get(0);
        return new PurchaseTotals((Long) row[0], Money.cents((BigDecimal) row[1]), (String) row[2]);
    }
}
