package org.cspdesk.audit.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the activity log newest first, keyset-paged on {@code (operation_date, seq)}; every filter has
 * an index in that order (V1__audit_record.sql).
 */
@ApplicationScoped
public class AuditRecords {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    public Optional<AuditRecord> find(UUID id) {
        return em.createQuery("select r from AuditRecord r where r.id = :id", AuditRecord.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Every record of the query as CSV, newest first, written by PostgreSQL itself ({@link CsvExport}) into
     * {@code out}: one scan, and the server only passes the bytes on (pgjdbc's CopyManager), so memory stays
     * that of one buffer. The pooled connection's settings are changed for this transaction only.
     */
    @Transactional
    public void export(AuditQuery query, OutputStream out) throws IOException {
        List<Object> params = new ArrayList<>(List.of(query.start(), query.end()));
        String where = "operation_date >= ?1 and operation_date < ?2"
                + (query.field() == null ? "" : " and " + condition(query, params));
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                // The literals CsvExport writes are standard SQL strings: make sure the server reads them so.
                statement.execute("set local standard_conforming_strings = on");
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(CsvExport.copy(where, params), out);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the activity log for the export", e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<AuditRecord> page(AuditQuery query, OffsetDateTime afterDate, Long afterSeq, int limit) {
        StringBuilder sql = new StringBuilder(
                "select * from audit.audit_record where operation_date >= ?1 and operation_date < ?2");
        List<Object> params = new ArrayList<>(List.of(query.start(), query.end()));
        if (query.field() != null) {
            sql.append(" and ").append(condition(query, params));
        }
        if (afterSeq != null) {
            params.add(afterDate);
            params.add(afterSeq);
            sql.append(" and (operation_date, seq) < (?").append(params.size() - 1).append(", ?")
                    .append(params.size()).append(')');
        }
        sql.append(" order by operation_date desc, seq desc limit ").append(limit);
        var q = em.createNativeQuery(sql.toString(), AuditRecord.class);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q.getResultList();
    }

    private static String condition(AuditQuery query, List<Object> params) {
        String column = switch (query.field()) {
            case "CustomerId" -> query.substring() ? "customer_id::text" : "customer_id";
            case "CompanyName" -> "lower(customer_name)";
            case "ResourceType" -> "resource_type";
            case "OperationType" -> "operation_type";
            case "UserPrincipalName" -> "lower(user_principal_name)";
            default -> throw new IllegalArgumentException(query.field());
        };
        boolean ignoresCase = column.startsWith("lower(");
        // A UUID ignores case too; PostgreSQL prints it in lower case, and hex digits lower the same anywhere.
        String value = query.field().equals("CustomerId") ? query.lowerValue() : query.value();
        if (query.substring()) {
            params.add("%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        } else {
            params.add(query.field().equals("CustomerId") ? UUID.fromString(value) : value);
        }
        // The database lowers the value as it lowers the column (and its index): Java's lower case is not
        // PostgreSQL's, which in the C locale lowers ASCII only, so a value lowered in Java missed even a
        // name typed exactly as stored ("Énergie" became "énergie"; the column stays "Énergie").
        String parameter = ignoresCase ? "lower(?" + params.size() + ")" : "?" + params.size();
        return column + (query.substring() ? " like " : " = ") + parameter;
    }

    /** The next records of the chain after {@code afterSeq}, in chain order. */
    public List<AuditRecord> chainAfter(long afterSeq, int limit) {
        return em.createQuery("select r from AuditRecord r where r.seq > :after order by r.seq", AuditRecord.class)
                .setParameter("after", afterSeq).setMaxResults(limit).getResultList();
    }
}
