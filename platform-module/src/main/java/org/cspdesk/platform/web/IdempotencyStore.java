package org.cspdesk.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The kept answers of writes sent with an {@code MS-RequestId}. Claiming a request id is one INSERT:
 * of two concurrent requests with the same id, the database lets exactly one win.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** Answers are kept for this long, at least (Partner Center keeps them for a day). */
    static final String RETENTION = "interval '48 hours'";

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    /** A kept request: its fingerprint and, once finished, its answer. */
    record Kept(String method, String path, String bodySha256, Integer status, String contentType, String location,
                String etag, String body) {
    }

    /** Claims the id for this request; empty when claimed, else what is kept under the id. */
    Optional<Kept> claim(String tenant, String requestId, String method, String path, String bodySha256) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into platform.idempotent_request (tenant_id, request_id, method, path, body_sha256)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
                insert.setString(1, tenant);
                insert.setString(2, requestId);
                insert.setString(3, method);
                insert.setString(4, path);
                insert.setString(5, bodySha256);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select method, path, body_sha256, status, content_type, location, etag, body, "
                            + " created_at < now() - " + RETENTION + " as expired"
                            + " from platform.idempotent_request where tenant_id = ? and request_id = ?")) {
                select.setString(1, tenant);
                select.setString(2, requestId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return claim(tenant, requestId, method, path, bodySha256);
                    }
                    if (row.getBoolean("expired")) {
                        forget(tenant, requestId);
                        return claim(tenant, requestId, method, path, bodySha256);
                    }
                    int status = row.getInt("status");
                    return Optional.of(new Kept(row.getString("method"), row.getString("path"),
                            row.getString("body_sha256"), row.wasNull() ? null : status, row.getString("content_type"),
                            row.getString("location"), row.getString("etag"), row.getString("body")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim MS-RequestId " + requestId, e);
        }
    }

    void keep(String tenant, String requestId, int status, String contentType, String location, String etag,
              String body) {
        update("update platform.idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                + " where tenant_id = ? and request_id = ?", status, contentType, location, etag, body, tenant, requestId);
    }

    /** Lets the id be used again: the request failed on our side and changed nothing. */
    void forget(String tenant, String requestId) {
        update("delete from platform.idempotent_request where tenant_id = ? and request_id = ?", tenant, requestId);
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
