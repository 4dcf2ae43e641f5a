package org.cspdesk.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts requests in fixed windows of the database's clock, in PostgreSQL, so that all instances share
 * the counts. One statement counts a request in all its buckets (its caller's, its tenant's) and says
 * how far each has gone and when the window ends.
 */
@ApplicationScoped
public class RequestCounts {
    /** Now and then, an instance removes windows long past; each does it, any may. */
    private static final int SWEEP_EVERY = 1000;

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    private static final String COUNT = "with w as (select to_timestamp(floor(extract(epoch from now()) / ?) * ?)"
            + " as start) insert into platform.request_count as c (bucket, window_start, requests) select b, w.start, 1"
            + " from w, unnest(?::text[]) with ordinality as u(b, n) order by n"
            + " on conflict (bucket, window_start) do update set requests = c.requests + 1"
            + " returning bucket, requests, ceil(extract(epoch from window_start + make_interval(secs => ?) - now()))::int";

    private final AtomicLong counted = new AtomicLong();

    /** Each bucket's count in the current window after this request, and the seconds left in the window. */
    record Counts(Map<String, Integer> byBucket, int secondsLeft) {
    }

    /**
     * Counts one request in each bucket, in the order given: callers before tenants, so that two
     * statements never lock shared rows in opposite orders.
     */
    Counts count(List<String> buckets, int windowSeconds) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(COUNT)) {
            statement.setInt(1, windowSeconds);
            statement.setInt(2, windowSeconds);
            statement.setArray(3, connection.createArrayOf("text", buckets.toArray()));
            statement.setInt(4, windowSeconds);
            Map<String, Integer> counts = new HashMap<>();
            int secondsLeft = windowSeconds;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                    secondsLeft = Math.max(1, rows.getInt(3));
                }
            }
            if (counted.incrementAndGet() % SWEEP_EVERY == 0) {
                sweep(connection, windowSeconds);
            }
            return new Counts(counts, secondsLeft);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count requests", e);
        }
    }

    private static void sweep(Connection connection, int windowSeconds) throws SQLException {
        try (PreparedStatement sweep = connection.prepareStatement(
                "delete from platform.request_count where window_start < now() - make_interval(secs => ?)")) {
            sweep.setInt(1, 2 * windowSeconds);
            sweep.executeUpdate();
        }
    }
}
