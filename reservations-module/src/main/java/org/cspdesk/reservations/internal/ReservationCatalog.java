package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cspdesk.platform.api.ApiProblem;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reservation catalog. It is reference data that only a migration changes, so it is read once and
 * kept: pricing an order never queries it.
 */
@ApplicationScoped
public class ReservationCatalog {

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    private volatile Map<String, CatalogItem> items;

    public List<CatalogItem> items() {
        return List.copyOf(loaded().values());
    }

    /** The item, or a 400 that says where the catalog is. */
    public CatalogItem require(String skuId, Term term) {
        CatalogItem item = loaded().get(key(skuId, term));
        if (item == null) {
            throw ApiProblem.badRequest("unknown_sku", "No reservation '" + skuId + "' with term " + term.wire()
                    + " in the catalog; GET /v1/products/reservations lists them.");
        }
        return item;
    }

    private Map<String, CatalogItem> loaded() {
        Map<String, CatalogItem> known = items;
        if (known == null) {
            known = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select sku_id, term, product_id, title, arm_sku_name,"
                    + " arm_region_name, list_price, currency from reservations.catalog_item"
                    + " order by arm_region_name, product_id, term").getResultList();
            for (Object[] row : rows) {
                CatalogItem item = new CatalogItem((String) row[0], Term.valueOf((String) row[1]), (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5],
                        new Money((BigDecimal) row[6], (String) row[7]));
                known.put(key(item.skuId(), item.term()), item);
            }
            known = Collections.unmodifiableMap(known);
            items = known;
        }
        return known;
    }

    private static String key(String skuId, Term term) {
        return skuId + "|" + term.name();
    }
}
