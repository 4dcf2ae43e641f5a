package org.cspdesk.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * The claims and kept answers of writes sent with an {@code MS-RequestId}. Claiming is one INSERT: of two
 * concurrent requests with the same id the database lets exactly one win. What a later request with the
 * id finds is decided by the row and its lock (see {@link #claim}); nothing here depends on one process's
 * memory, so every instance answers the same.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** Answers are kept for this long, at least (Partner Center keeps them for a day). */
    static final String RETENTION = "interval '48 hours'";
    /**
     * How long a claim stays with a request that has not acted yet. Longer than any request takes to reach
     * its first transaction (milliseconds; the pool's wait is bounded); a claim left by a crashed process is
     * free again after this long instead of blocking the id for 48 hours.
     */
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    /** What a request finds under its id. */
    sealed interface Outcome {
    }

    /** The id is this request's: act, and keep the answer. */
    record Granted(UUID token) implements Outcome {
    }

    /** A request with this id and this fingerprint finished: its answer, to replay. */
    record Kept(int status, String contentType, String location, String etag, String body) implements Outcome {
    }

    /** The id was used for another method, path or body, or by another caller of the tenant. */
    record Reused() implements Outcome {
    }

    /** The first request with this id is still running; try again after this many seconds. */
    record InProgress(int retryAfterSeconds) implements Outcome {
    }

    /** The first request acted (its change committed) but its process died before keeping the answer. */
    record AnswerLost() implements Outcome {
    }

    /** What the request is, for telling a retry of it from another request sent with the same id. */
    record Fingerprint(String caller, String method, String path, String bodySha256) {
    }

    Outcome claim(String tenant, String requestId, Fingerprint request) {
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                UUID token = UUID.randomUUID();
                if (insert(connection, tenant, requestId, request, token)) {
                    return new Granted(token);
                }
                Outcome found = inspect(connection, tenant, requestId, request);
                if (found != null) {
                    return found;
                }
                // the row was expired and removed, or vanished (a failure forgot it): claim again
            }
            return new InProgress(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim MS-RequestId " + requestId, e);
        }
    }

    private boolean insert(Connection connection, String tenant, String requestId, Fingerprint request, UUID token)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into platform.idempotent_request"
                        + " (tenant_id, request_id, caller, method, path, body_sha256, claim_token, lease_until)"
                        + " values (?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?)) on conflict do nothing")) {
            insert.setString(1, tenant);
            insert.setString(2, requestId);
            insert.setString(3, request.caller());
            insert.setString(4, request.method());
            insert.setString(5, request.path());
            insert.setString(6, request.bodySha256());
            insert.setObject(7, token);
            insert.setLong(8, LEASE.toSeconds());
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Reads the row under a lock it does not wait for. The lock is held by the first request's transaction
     * from the moment it acts until it commits: not getting it means "in progress". Null: claim again.
     */
    private Outcome inspect(Connection connection, String tenant, String requestId, Fingerprint request)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(
                "select caller, method, path, body_sha256, status, content_type, location, etag, body, acted,"
                        + " greatest(0, ceil(extract(epoch from lease_until - now())))::int as lease_left,"
                        + " created_at < now() - " + RETENTION + " as expired"
                        + " from platform.idempotent_request where tenant_id = ? and request_id = ? for update nowait")) {
            select.setString(1, tenant);
            select.setString(2, requestId);
            try (ResultSet row = select.executeQuery()) {
                Outcome outcome = row.next() ? decide(connection, row, tenant, requestId, request) : null;
                connection.commit();
                return outcome;
            }
        } catch (SQLException e) {
            connection.rollback();
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return new InProgress(1);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Outcome decide(Connection connection, ResultSet row, String tenant, String requestId, Fingerprint request)
            throws SQLException {
        if (row.getBoolean("expired")) {
            delete(connection, tenant, requestId);
            return null;
        }
        if (!request.equals(new Fingerprint(row.getString("caller"), row.getString("method"), row.getString("path"),
                row.getString("body_sha256")))) {
            return new Reused();
        }
        Integer status = row.getObject("status", Integer.class);
        if (status != null) {
            return new Kept(status, row.getString("content_type"), row.getString("location"), row.getString("etag"),
                    row.getString("body"));
        }
        int leaseLeft = row.getInt("lease_left");
        if (leaseLeft > 0) {
            return new InProgress(row.getBoolean("acted") ? 1 : leaseLeft);
        }
        if (row.getBoolean("acted")) {
            return new AnswerLost();
        }
        // Claimed by a request that never acted and whose lease ran out: its process is gone. Take it over.
        UUID token = UUID.randomUUID();
        try (PreparedStatement takeOver = connection.prepareStatement(
                "update platform.idempotent_request set claim_token = ?, lease_until = now() + make_interval(secs => ?)"
                        + " where tenant_id = ? and request_id = ?")) {
            takeOver.setObject(1, token);
            takeOver.setLong(2, LEASE.toSeconds());
            takeOver.setString(3, tenant);
            takeOver.setString(4, requestId);
            takeOver.executeUpdate();
        }
        return new Granted(token);
    }

    /**
     * Marks the claim acted, on the connection of the request's own transaction: it commits with the change
     * and locks the row until then. False when the claim is no longer this request's (its lease ran out and a
     * retry took it over): the request must not act.
     */
    boolean markActed(Connection transactional, String tenant, String requestId, UUID token) throws SQLException {
        try (PreparedStatement mark = transactional.prepareStatement(
                "update platform.idempotent_request set acted = true"
                        + " where tenant_id = ? and request_id = ? and claim_token = ? and status is null")) {
            mark.setString(1, tenant);
            mark.setString(2, requestId);
            mark.setObject(3, token);
            return mark.executeUpdate() == 1;
        }
    }

    void keep(String tenant, String requestId, UUID token, int status, String contentType, String location,
              String etag, String body) {
        update("update platform.idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                        + " where tenant_id = ? and request_id = ? and claim_token = ?",
                status, contentType, location, etag, body, tenant, requestId, token);
    }

    /**
     * Lets the id be used again after a failure on our side, unless the request acted: then its change
     * stands and a retry must not repeat it (it hears that the answer was lost once the lease is over).
     */
    void forget(String tenant, String requestId, UUID token) {
        update("delete from platform.idempotent_request where tenant_id = ? and request_id = ? and claim_token = ?"
                + " and not acted", tenant, requestId, token);
    }

    private void delete(Connection connection, String tenant, String requestId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from platform.idempotent_request where tenant_id = ? and request_id = ?")) {
            delete.setString(1, tenant);
            delete.setString(2, requestId);
            delete.executeUpdate();
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep the answer of an MS-RequestId", e);
        }
    }
}
