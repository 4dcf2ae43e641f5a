package org.cspdesk.devtools.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills the activity log with a history of the benchmark's customers, streamed with COPY: records of the
 * kinds the application writes (switch flips, customer and partner orders, subscriptions, role
 * assignments, refusals), spread evenly over a window that ends now, oldest first.
 *
 * <p>The records are chained as the application chains them (the same canonical content and SHA-256 over
 * it and the previous hash), so the log of a benchmark database still passes
 * {@code GET /v1/auditrecords/integrity}: an export or a query reads the same rows it would in production.
 */
final class AuditLogSeeder {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String NULL_IN_HASH = "\u2400";
    private static final String ADMIN = "adminagent@partner.cspdesk.dev";
    private static final String SALES = "salesagent@partner.cspdesk.dev";
    private static final long RECORDS_PER_TRANSACTION = 200_000;

    /** Opens a connection to the benchmark's database. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connection db;
    private final Connections connections;
    private Random random;
    private final MessageDigest sha256;
    private String previousHash;

    AuditLogSeeder(Connection db, Connections connections) {
        this.db = db;
        this.connections = connections;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Appends {@code count} records dated evenly from {@code from} to {@code to}, after the last one there is.
     * The table's indexes (the migrations' own, read from the catalog) are dropped for the load and built
     * again after it, as any bulk load does: maintaining a dozen indexes row by row costs several times more
     * than building them once. The unique key on the random {@code id} goes too (with 10 million rows its
     * B-tree outgrows the buffer cache and every row lands on a random page); it is rebuilt as an index and
     * attached again as the same constraint. Only the primary key, appended in order, stays.
     */
    void seed(long count, Instant from, Instant to) throws SQLException, IOException {
        List<String> indexes = secondaryIndexes();
        Map<String, String> uniques = uniqueConstraints();
        try (Statement statement = db.createStatement()) {
            for (String index : indexes) {
                statement.execute("drop index audit." + indexName(index));
            }
            for (String constraint : uniques.keySet()) {
                statement.execute("alter table audit.audit_record drop constraint " + constraint);
            }
        }
        long started = System.nanoTime();
        append(count, from, to);
        long copied = System.nanoTime();
        List<String> all = new ArrayList<>(indexes);
        all.addAll(uniques.values());
        buildIndexes(all);
        try (Statement statement = db.createStatement()) {
            for (Map.Entry<String, String> unique : uniques.entrySet()) {
                statement.execute("alter table audit.audit_record add constraint " + unique.getKey()
                        + " unique using index " + indexName(unique.getValue()));
            }
        }
        Bench.say(String.format("activity log: %,d records copied in %.1f s, %d indexes built in %.1f s", count,
                (copied - started) / 1e9, all.size(), (System.nanoTime() - copied) / 1e9));
    }

    /** The name in {@code CREATE [UNIQUE] INDEX name ON ...}, as pg_get_indexdef writes it. */
    static String indexName(String definition) {
        String[] words = definition.split(" ");
        return words[1].equals("UNIQUE") ? words[3] : words[2];
    }

    /**
     * Builds the indexes on as many connections as there are cores: PostgreSQL builds a GIN index on one
     * core only, and the trigram indexes are most of the work.
     */
    private void buildIndexes(List<String> indexes) throws SQLException {
        // The GIN (trigram) indexes first: they take the longest, and a long one started last would leave
        // the other cores idle at the end.
        List<String> longestFirst = new ArrayList<>(indexes);
        longestFirst.sort(Comparator.comparing((String index) -> !index.contains("USING gin")));
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(longestFirst);
        int builders = Math.max(1, Math.min(indexes.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService threads = Executors.newFixedThreadPool(builders);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < builders; i++) {
                running.add(threads.submit(() -> {
                    try (Connection builder = connections.open();
                         Statement statement = builder.createStatement()) {
                        statement.execute("set maintenance_work_mem = '512MB'");
                        for (String index = queue.poll(); index != null; index = queue.poll()) {
                            statement.execute(index);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> builder : running) {
                builder.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while building the activity log's indexes", e);
        } catch (ExecutionException e) {
            throw new SQLException("building the activity log's indexes failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** The table's unique constraints (not its primary key): name, and the definition of the index behind it. */
    private Map<String, String> uniqueConstraints() throws SQLException {
        Map<String, String> constraints = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet unique = statement.executeQuery("select conname, pg_get_indexdef(conindid) from pg_constraint"
                     + " where conrelid = 'audit.audit_record'::regclass and contype = 'u'")) {
            while (unique.next()) {
                constraints.put(unique.getString(1), unique.getString(2));
            }
        }
        return constraints;
    }

    /** CREATE INDEX statements of the indexes that back no constraint. */
    private List<String> secondaryIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet indexes = statement.executeQuery("select pg_get_indexdef(i.indexrelid) from pg_index i"
                     + " where i.indrelid = 'audit.audit_record'::regclass and not exists"
                     + " (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
            while (indexes.next()) {
                definitions.add(indexes.getString(1));
            }
        }
        return definitions;
    }

    private void append(long count, Instant from, Instant to) throws SQLException, IOException {
        previousHash = lastHash();
        // Repeatable for one log, and different when a log is continued (ids must stay unique).
        random = new Random(previousHash.hashCode());
        long spanMicros = ChronoUnit.MICROS.between(from, to);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement session = db.createStatement()) {
            // Nothing is lost if the seeding machine crashes: the run starts over with a new cluster.
            session.execute("set synchronous_commit = off");
        }
        try {
            for (long done = 0; done < count; done += RECORDS_PER_TRANSACTION) {
                long batch = Math.min(RECORDS_PER_TRANSACTION, count - done);
                copy(done, batch, count, from, spanMicros);
                db.commit();
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private void copy(long first, long batch, long count, Instant from, long spanMicros) throws SQLException, IOException {
        String sql = "copy audit.audit_record (id, partner_id, customer_id, customer_name, user_principal_name, operator_type,"
                + " application_id, resource_type, resource_name, resource_old_value, resource_new_value, operation_type,"
                + " operation_date, operation_status, customized_data, original_correlation_id, previous_hash, hash) from stdin";
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 20), StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = first; i < first + batch; i++) {
                Instant at = from.plus(spread(spanMicros, i, count), ChronoUnit.MICROS);
                write(out, record(at));
            }
        }
    }

    /**
     * Record {@code i} of {@code count}'s offset in a span, evenly spread and in order. Not {@code span * i /
     * count}: a year in microseconds times a million records overflows a long (the first seeder's dates
     * wrapped past the 292,000th record and the "last year" held only 58 % of them).
     */
    static long spread(long span, long i, long count) {
        return span / count * i + span % count * i / count;
    }

    private String lastHash() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet last = statement.executeQuery("select hash from audit.audit_record order by seq desc limit 1")) {
            return last.next() ? last.getString(1) : "0".repeat(64);
        }
    }

    /** One record, in the COPY column order; its hash chains it after the previous one. */
    private String[] record(Instant at) {
        int n = 1 + random.nextInt(Fixture.CUSTOMERS);
        String customer = Fixture.customerId(n).toString();
        String policy = BenchOptions.PARTNER_TENANT + "_" + customer;
        String plan = Fixture.planId(n).toString();
        String policyJson = "{\"id\":\"" + policy + "\",\"permissions\":[{\"action\":\"Purchase\",\"resource\":\"AzureReservedInstances\"}],"
                + "\"selfServeEntity\":{\"selfServeEntityType\":\"customer\",\"tenantID\":\"" + customer + "\"}}";
        String upn = ADMIN, operator = "partner", resourceType, resourceName, oldValue = null, newValue = null, operation;
        String status = "succeeded", data = "[]";
        int kind = random.nextInt(100);
        if (kind < 30) {
            operation = random.nextBoolean() ? "create_self_serve_policy" : "delete_self_serve_policy";
            resourceType = "self_serve_policy";
            resourceName = policy;
            if (operation.startsWith("create")) {
                newValue = policyJson;
            } else {
                oldValue = policyJson;
            }
        } else if (kind < 55) {
            String order = uuid().toString();
            String total = (100 + random.nextInt(9000)) + "." + (10 + random.nextInt(90));
            operation = "create_order";
            resourceType = "order";
            resourceName = order;
            upn = Fixture.ownerUpn(n);
            operator = "customer";
            newValue = "{\"id\":\"" + order + "\",\"kind\":\"purchase\",\"lineItems\":[{\"armRegionName\":\"eastus\",\"armSkuName\":"
                    + "\"Standard_D2s_v5\",\"autoRenew\":true,\"billingCycle\":\"monthly\",\"quantity\":1,\"reservationId\":\""
                    + uuid() + "\",\"scope\":\"shared\",\"skuId\":\"DZH318Z0BQ3S:0001\",\"subscriptionId\":\"" + plan
                    + "\",\"term\":\"P1Y\",\"totalPrice\":" + total + ",\"unitPrice\":" + total + "}],\"totalPrice\":{\"amount\":"
                    + total + ",\"currency\":\"USD\"},\"billedTo\":\"partner\"}";
            data = "[{\"key\":\"OrderId\",\"value\":\"" + order + "\"},{\"key\":\"OrderKind\",\"value\":\"purchase\"},"
                    + "{\"key\":\"BilledTo\",\"value\":\"partner\"},{\"key\":\"TotalPrice\",\"value\":\"" + total + " USD\"}]";
        } else if (kind < 70) {
            operation = "update_subscription";
            resourceType = "subscription";
            resourceName = "Bench plan " + n;
            boolean suspend = random.nextBoolean();
            oldValue = "{\"friendlyName\":\"Bench plan " + n + "\",\"status\":\"" + (suspend ? "active" : "suspended") + "\"}";
            newValue = "{\"friendlyName\":\"Bench plan " + n + "\",\"status\":\"" + (suspend ? "suspended" : "active") + "\"}";
            data = "[{\"key\":\"SubscriptionId\",\"value\":\"" + plan + "\"}]";
        } else if (kind < 80) {
            operation = "create_role_assignment";
            resourceType = "role_assignment";
            resourceName = Fixture.ownerUpn(n);
            newValue = "{\"userPrincipalName\":\"" + Fixture.ownerUpn(n) + "\",\"userId\":\"" + Fixture.md5Uuid("bench-user-" + n)
                    + "\",\"role\":\"Owner\",\"id\":\"" + uuid() + "\"}";
            data = "[{\"key\":\"SubscriptionId\",\"value\":\"" + plan + "\"},{\"key\":\"Role\",\"value\":\"Owner\"}]";
        } else if (kind < 90) {
            operation = "create_order";
            resourceType = "order";
            resourceName = "Bench plan " + n;
            newValue = "{\"status\":\"active\",\"offerName\":\"Azure plan\",\"subscriptionId\":\"" + plan
                    + "\",\"billingType\":\"usage\",\"friendlyName\":\"Bench plan " + n + "\",\"offerId\":\"DZH318Z0BPS6:0001\",\"quantity\":1}";
            data = "[{\"key\":\"OfferId\",\"value\":\"DZH318Z0BPS6:0001\"},{\"key\":\"SubscriptionId\",\"value\":\"" + plan + "\"}]";
        } else {
            // A Sales agent's refused attempt at the switch: recorded as failed, with the reason.
            operation = "create_self_serve_policy";
            resourceType = "self_serve_policy";
            resourceName = policy;
            upn = SALES;
            status = "failed";
            data = "[{\"key\":\"Reason\",\"value\":\"forbidden\"},{\"key\":\"Detail\",\"value\":\"Only an Admin agent (or Global admin)"
                    + " may change customer purchase permissions.\"}]";
        }
        String[] values = {uuid().toString(), BenchOptions.PARTNER_TENANT, customer, Fixture.companyName(n), upn,
            operator, null, resourceType, resourceName, oldValue, newValue, operation, INSTANT.format(at), status, data,
            uuid().toString(), previousHash, null};
        values[17] = hash(values);
        previousHash = values[17];
        return values;
    }

    /** A version-4 UUID from the seeded generator: SecureRandom would cost more than the rest of a record. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** The application's chain: SHA-256 over the canonical content, a newline and the previous hash. */
    private String hash(String[] v) {
        String canonical = String.join("\u001f", v[0], v[1], orNull(v[2]), orNull(v[3]), v[4], v[5], orNull(v[6]), v[7],
                orNull(v[8]), orNull(v[9]), orNull(v[10]), v[11], v[12], v[13], v[14], orNull(v[15]));
        return HexFormat.of().formatHex(sha256.digest((canonical + "\n" + v[16]).getBytes(StandardCharsets.UTF_8)));
    }

    private static String orNull(String value) {
        return value == null ? NULL_IN_HASH : value;
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void write(Writer out, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            String value = values[i];
            if (value == null) {
                out.write("\\N");
                continue;
            }
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                switch (ch) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(ch);
                }
            }
        }
        out.write('\n');
    }
}
