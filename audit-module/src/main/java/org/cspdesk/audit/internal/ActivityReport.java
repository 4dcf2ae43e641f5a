package org.cspdesk.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The activity report: succeeded and failed changes per group of a window, counted by the database in
 * one GROUP BY over the window (an index-only scan of audit_report; see docs/adr/0006-activity-log-indexes.md).
 */
@ApplicationScoped
public class ActivityReport {

    /** One group of the report. */
    public record Group(String key, long succeeded, long failed) {
    }

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Group> groups(TimeWindow window, ActivityGrouping grouping) {
        // Both fragments come from the enum, never from the caller: nothing to inject.
        String sql = "select " + grouping.keySql() + " as key,"
                + " count(*) filter (where operation_status = 'succeeded') as succeeded,"
                + " count(*) filter (where operation_status = 'failed') as failed"
                + " from audit.audit_record where operation_date >= ?1 and operation_date < ?2"
                + " group by 1 order by " + grouping.orderSql();
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, window.start()).setParameter(2, window.end()).getResultList();
        return rows.stream()
                .map(row -> new Group((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }
}
