package org.cspdesk.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts requests in fixed windows of the database's clock, in PostgreSQL, so that all instances share the
 * counts, without a statement per request (ADR 0022).
 *
 * <p>A bucket far from its limit is counted here, in memory, and this instance's counts reach PostgreSQL at
 * most every {@link #FLUSH_NANOS} (one statement for all buckets, sent by the first request after that time);
 * each flush brings back the shared totals, every instance's requests included. A bucket that has come within
 * {@link #EXACT_FROM} of its limit is counted in PostgreSQL on every request, as before: the decision to refuse
 * is always taken on the shared count. Until then another instance's requests can reach this one's estimate up
 * to one flush late, which matters only for a caller sending a tenth of its limit within that time.
 */
@ApplicationScoped
public class RequestCounts {
    /** How often an instance sends the counts it holds. */
    static final long FLUSH_NANOS = 100_000_000L;
    /** From this share of its limit on, a bucket is counted in the database on every request. */
    static final double EXACT_FROM = 0.9;
    /** Every this many flushes, an instance removes windows long past; each does it, any may. */
    private static final int SWEEP_EVERY = 1000;

    /**
     * Adds to each bucket's count in one window and returns the totals, the database's clock in milliseconds
     * beside them. Rows in the buckets' order (sorted by name by the caller), so that two statements never lock
     * shared rows in opposite orders.
     */
    private static final String ADD = "insert into platform.request_count as c (bucket, window_start, requests)"
            + " select u.b, to_timestamp(?), u.n from unnest(?::text[], ?::int[]) with ordinality as u(b, n, o)"
            + " order by u.o on conflict (bucket, window_start) do update set requests = c.requests + excluded.requests"
            + " returning bucket, requests, (extract(epoch from now()) * 1000)::bigint";

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final AtomicLong lastFlush = new AtomicLong(System.nanoTime());
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final AtomicLong flushes = new AtomicLong();
    /** The database's clock minus this JVM's, in milliseconds, from the last statement; null before the first. */
    private volatile Long clockOffsetMillis;

    /** A bucket and the limit its count is held to (0 or less: none). */
    record Bucket(String name, int limit) {
    }

    /** Each bucket's count in the current window after this request, and the seconds left in the window. */
    record Counts(Map<String, Integer> byBucket, int secondsLeft) {
    }

    /** One bucket's count in one window, as this instance knows it. */
    private static final class Tally {
        final String bucket;
        final long windowStart;
        /** The shared total as of this instance's newest statement. */
        final AtomicInteger known = new AtomicInteger();
        /** Counted here and not yet sent. */
        final AtomicInteger pending = new AtomicInteger();
        /** Sent and not yet answered: counted twice for a moment rather than not at all. */
        final AtomicInteger sending = new AtomicInteger();

        Tally(String bucket, long windowStart) {
            this.bucket = bucket;
            this.windowStart = windowStart;
        }

        int estimate() {
            return known.get() + sending.get() + pending.get();
        }

        /** Counts one request here, to be sent later; the estimate with it. */
        int countOne() {
            pending.incrementAndGet();
            return estimate();
        }
    }

    /** Counts one request in each bucket. */
    Counts count(List<Bucket> buckets, int windowSeconds) {
        Long offset = clockOffsetMillis;
        long now = System.currentTimeMillis() + (offset == null ? 0 : offset);
        long windowStart = Math.floorDiv(now / 1000, windowSeconds) * windowSeconds;
        int secondsLeft = (int) Math.max(1, Math.ceil((windowStart * 1000 + windowSeconds * 1000L - now) / 1000.0));
        List<Tally> mine = new ArrayList<>(buckets.size());
        boolean exact = offset == null;
        for (Bucket bucket : buckets) {
            Tally tally = tallies.compute(bucket.name(), (name, old) ->
                    old == null || old.windowStart != windowStart ? new Tally(name, windowStart) : old);
            mine.add(tally);
            exact |= bucket.limit() > 0 && tally.estimate() + 1 > bucket.limit() * EXACT_FROM;
        }
        Map<String, Integer> counts = new HashMap<>();
        if (exact) {
            // This request's own count goes with the statement, with whatever else its buckets hold.
            Map<Tally, Integer> totals = send(mine, tally -> tally.pending.getAndSet(0) + 1);
            totals.forEach((tally, total) -> counts.put(tally.bucket, total));
        } else {
            for (Tally tally : mine) {
                counts.put(tally.bucket, tally.countOne());
            }
            flushIfDue(windowStart, windowSeconds);
        }
        return new Counts(counts, secondsLeft);
    }

    /** Sends what every bucket of the current window holds, if a flush is due and no other request is at it. */
    private void flushIfDue(long windowStart, int windowSeconds) {
        long last = lastFlush.get();
        if (System.nanoTime() - last < FLUSH_NANOS || !flushing.compareAndSet(false, true)) {
            return;
        }
        try {
            lastFlush.set(System.nanoTime());
            tallies.values().removeIf(tally -> tally.windowStart < windowStart);   // windows past count for nothing
            List<Tally> held = tallies.values().stream()
                    .filter(tally -> tally.windowStart == windowStart && tally.pending.get() > 0).toList();
            if (!held.isEmpty()) {
                send(held, tally -> tally.pending.getAndSet(0));
            }
            if (flushes.incrementAndGet() % SWEEP_EVERY == 0) {
                sweep(windowStart - windowSeconds);
            }
        } catch (IllegalStateException unreachable) {
            // The counts went back to pending (send) and go with a later statement; this request needs no
            // count from the database, and whatever it does next with the database reports an outage.
        } finally {
            flushing.set(false);
        }
    }

    @FunctionalInterface
    private interface Increment {
        int take(Tally tally);
    }

    /** One statement adding each tally's increment (taken from it) and bringing back the shared totals. */
    private Map<Tally, Integer> send(List<Tally> tallies, Increment increment) {
        List<Tally> ordered = tallies.stream().sorted(Comparator.comparing((Tally t) -> t.bucket)).toList();
        Integer[] amounts = new Integer[ordered.size()];
        String[] names = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            Tally tally = ordered.get(i);
            names[i] = tally.bucket;
            amounts[i] = increment.take(tally);
            tally.sending.addAndGet(amounts[i]);
        }
        boolean sent = false;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(ADD)) {
            statement.setLong(1, ordered.get(0).windowStart);
            statement.setArray(2, connection.createArrayOf("text", names));
            statement.setArray(3, connection.createArrayOf("int4", amounts));
            Map<String, Integer> totals = new HashMap<>();
            long localNow = System.currentTimeMillis();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getString(1), rows.getInt(2));
                    clockOffsetMillis = rows.getLong(3) - localNow;
                }
            }
            sent = true;
            Map<Tally, Integer> byTally = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                Tally tally = ordered.get(i);
                int total = totals.getOrDefault(tally.bucket, 0);
                // Known first, then no longer sending: for a moment counted twice, never not at all.
                tally.known.accumulateAndGet(total, Math::max);
                tally.sending.addAndGet(-amounts[i]);
                byTally.put(tally, total);
            }
            return byTally;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count requests", e);
        } finally {
            if (!sent) {
                for (int i = 0; i < ordered.size(); i++) {
                    ordered.get(i).sending.addAndGet(-amounts[i]);
                    ordered.get(i).pending.addAndGet(amounts[i]);
                }
            }
        }
    }

    private void sweep(long before) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sweep = connection.prepareStatement(
                     "delete from platform.request_count where window_start < to_timestamp(?)")) {
            sweep.setLong(1, before);
            sweep.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot sweep request counts", e);
        }
    }
}
