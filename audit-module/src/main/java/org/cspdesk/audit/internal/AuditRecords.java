package org.cspdesk.audit.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Columns of the CSV export, in its order (the display name is derived from the operation type). */
    private static final String EXPORT_COLUMNS = "id, operation_date at time zone 'UTC', operation_type, operation_status, customer_id,"
            + " customer_name, user_principal_name, operator_type, resource_type, resource_name, resource_old_value,"
            + " resource_new_value, customized_data, original_correlation_id";
    private static final int EXPORT_COLUMN_COUNT = EXPORT_COLUMNS.split(",").length;
    /** Rows the export's cursor fetches per round trip. */
    private static final int EXPORT_FETCH = 2_000;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    /** Receives the export's rows one by one. */
    @FunctionalInterface
    public interface ExportSink {
        /**
         * One record's id, operation date (ISO 8601, UTC), operation type and status, customer id and name,
         * UPN, operator type, resource type, name, old and new value, customized data and correlation id, as
         * text (null where the record has none). The array is reused for the next row.
         */
        void row(String[] fields) throws IOException;
    }

    public Optional<AuditRecord> find(UUID id) {
        return em.createQuery("select r from AuditRecord r where r.id = :id", AuditRecord.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Every record of the query, newest first, through one server-side cursor (a fetch size inside a
     * transaction): one scan instead of a query per page, and no entity built per row (pages of entities
     * exported a third as many rows per second). Memory stays that of one fetch. The pooled connection is
     * not marked read-only: that would outlive the export and refuse the next writer.
     */
    @Transactional
    public void export(AuditQuery query, ExportSink sink) throws IOException {
        List<Object> params = new ArrayList<>(List.of(query.start(), query.end()));
        String sql = "select " + EXPORT_COLUMNS + " from audit.audit_record where operation_date >= ?1"
                + " and operation_date < ?2" + (query.field() == null ? "" : " and " + condition(query, params))
                + " order by operation_date desc, seq desc";
        // condition() writes JPA's numbered parameters (?1, ?2, ...), each once and in order: JDBC's plain ? fit.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\?\\d+", "?"))) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            statement.setFetchSize(EXPORT_FETCH);
            try (ResultSet rows = statement.executeQuery()) {
                String[] fields = new String[EXPORT_COLUMN_COUNT];
                while (rows.next()) {
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = rows.getString(i + 1);
                    }
                    fields[1] = isoUtc(fields[1]);
                    sink.row(fields);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the activity log for the export", e);
        }
    }

    /**
     * PostgreSQL's text of a UTC timestamp ({@code 2026-11-14 12:42:02.0826}) as ISO 8601 with its offset,
     * as the JSON list writes it ({@code 2026-11-14T12:42:02.0826Z}): both trim the fraction's trailing zeros.
     * Text, not getObject or getTimestamp: Payara's wrapper resolves the former by reflection on every call
     * and the latter goes through a Calendar, together a quarter of the export's time.
     */
    static String isoUtc(String postgresUtc) {
        return postgresUtc.replace(' ', 'T') + 'Z';
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
