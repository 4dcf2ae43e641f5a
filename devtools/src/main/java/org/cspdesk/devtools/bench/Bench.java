package org.cspdesk.devtools.bench;

import org.cspdesk.devtools.bench.LoadGenerator.Measurement;
import org.cspdesk.devtools.bench.PgBench.Baseline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ./cspdesk bench}: starts the server on the throwaway cluster the launcher made, seeds it, runs every
 * scenario in turn (each write scenario followed by its pgbench ceiling at the same client count), and writes
 * {@code results.json} and a table. One scenario at a time: on two cores, anything running beside a
 * scenario would be measured with it.
 */
public final class Bench {
    /** How much history the seeded activity log spans, ending when the seeding starts. */
    private static final Duration LOG_SPAN = Duration.ofDays(365);
    /** PostgreSQL has no JIT to warm: a few seconds fill its caches and plans. */
    private static final Duration PGBENCH_WARMUP = Duration.ofSeconds(2);

    private final BenchOptions options;
    private final Profile profile;
    private final List<ResultRow> rows = new ArrayList<>();
    /** Present in a {@code --flame} run. */
    private FlameGraphs flame;

    private Bench(BenchOptions options) {
        this.options = options;
        this.profile = options.profile();
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        if (options.statementsOnly()) {
            StatementCapture.run(options);
        } else {
            new Bench(options).run();
        }
    }

    private void run() throws Exception {
        Files.createDirectories(options.out());
        Instant started = Instant.now();
        List<String> agent = List.of();
        if (options.flame()) {
            flame = FlameGraphs.unpack(options.out());
            agent = List.of(flame.startupAgentOption());
        }
        // The first start installs: it migrates the empty database and, stopping, writes the class archive that
        // ./cspdesk run writes on its first run too. The start measured is the next one, a restart as after a
        // deployment or a crash (README, Benchmark); both are reported.
        Path archive = options.out().resolve("payara.jsa");
        Files.deleteIfExists(archive);
        say("first start on the empty database (log " + options.out().resolve("first-start.log") + ")");
        double firstStart;
        try (ServerProcess first = ServerProcess.start(options, options.out().resolve("first-start.log"),
                List.of("-XX:ArchiveClassesAtExit=" + archive))) {
            firstStart = first.startupSeconds();
        }
        say(String.format("first start ready in %.1f s; restarting", firstStart));
        List<String> restart = new ArrayList<>(agent);
        boolean archived = Files.exists(archive);
        if (archived) {
            restart.add("-XX:SharedArchiveFile=" + archive);
        } else {
            say("no class archive was written (" + archive + "): the restart loads every class again");
        }
        say("starting Payara Micro with the WAR (log " + options.out().resolve("server.log") + ")");
        try (ServerProcess server = ServerProcess.start(options, options.out().resolve("server.log"), restart)) {
            say(String.format("ready in %.1f s", server.startupSeconds()));
            rows.add(Goals.startup(server.startupSeconds(), firstStart, archived));
            if (flame != null) {
                say("flame graph of the start-up: " + flame.startupDone(server.pid()));
            }

            Instant logEnd = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant logStart = logEnd.minus(LOG_SPAN);
            seed(logStart, logEnd);

            HttpClient http = LoadGenerator.httpClient();
            LoadGenerator load = new LoadGenerator(http);
            BenchTokens tokens = new BenchTokens(options.keys());
            String admin = tokens.adminAgent();
            String base = options.baseUrl();

            if (options.runs("switch")) {
                Measurement flips = measure(load, new SwitchScenario(base, admin, Profile.CLIENTS));
                Baseline flipsCeiling = ceiling("switch.sql", Map.of("customers", String.valueOf(Profile.SWITCH_CUSTOMERS)));
                rows.add(Goals.write(flips, flipsCeiling));
            }
            if (options.runs("purchase")) {
                Measurement purchases = measure(load, new PurchaseScenario(base, tokens, catalog(http, admin), Profile.CLIENTS));
                Baseline purchasesCeiling = ceiling("purchase.sql", Map.of(
                        "first", String.valueOf(Fixture.FIRST_PURCHASING), "customers", String.valueOf(Profile.PURCHASE_CUSTOMERS)));
                rows.add(Goals.write(purchases, purchasesCeiling));
            }
            if (options.runs("permissions-read")) {
                rows.add(Goals.permissionsRead(measure(load, new PermissionsReadScenario(base, admin))));
            }
            if (options.runs("audit-query")) {
                rows.add(Goals.auditQuery(measure(load, new AuditQueryScenario(base, admin)), profile));
            }
            if (options.runs("audit-export")) {
                export(http, admin, logStart, logEnd, server.pid());
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("profile", profile.name().toLowerCase());
        run.put("started", started.toString());
        run.put("seconds", Duration.between(started, Instant.now()).toSeconds());
        run.put("machine", Machine.describe());
        run.put("audit_records", profile.auditRecords);
        run.put("warmup_seconds", profile.warmup.toSeconds());
        run.put("measure_seconds", profile.measure.toSeconds());
        run.put("flame_graphs", flame != null);
        Results.write(options.out().resolve("results.json"), run, rows);
        System.out.println();
        System.out.print(Results.table(rows));
        System.out.println();
        System.out.println("Results: " + options.out().resolve("results.json") + " (" + run.get("seconds") + " s, "
                + run.get("machine") + ")");
    }

    /**
     * The export once with its SQL logged, for the ceiling to run the very same statement; then the ceiling and
     * the measured export, both on a warm cache.
     */
    private void export(HttpClient http, String admin, Instant logStart, Instant logEnd, long serverPid) throws Exception {
        // Where the seeder dated the first of the last EXPORT_RECORDS records: the window holds exactly them.
        Instant from = logStart.plus(AuditLogSeeder.spread(ChronoUnit.MICROS.between(logStart, logEnd),
                profile.auditRecords - Profile.EXPORT_RECORDS, profile.auditRecords), ChronoUnit.MICROS);
        String base = options.baseUrl();
        say("exporting " + Profile.EXPORT_RECORDS + " records as CSV, the statement logged");
        String copy = CopyCeiling.statementOf(options, () -> CsvExportRun.run(http, base, admin, from, logEnd, serverPid));
        say("psql: the export's COPY as the application's role");
        CopyCeiling.Result ceiling = CopyCeiling.run(options, copy);
        say(String.format("psql: %,d rows in %.2f s", Profile.EXPORT_RECORDS, ceiling.seconds()));
        say("exporting " + Profile.EXPORT_RECORDS + " records as CSV");
        CsvExportRun.Result export = CsvExportRun.run(http, base, admin, from, logEnd, serverPid);
        say(String.format("export: %,.0f rows/s, peak heap %.0f MB", export.rowsPerSecond(), export.peakHeapMb()));
        rows.add(Goals.export(export, ceiling));
        if (flame != null) {
            flameGraphs("audit-export", () -> CsvExportRun.run(http, base, admin, from, logEnd, serverPid));
        }
    }

    private void seed(Instant logStart, Instant logEnd) throws Exception {
        try (Connection db = options.connect()) {
            long t0 = System.nanoTime();
            Fixture.seed(db);
            say(String.format("seeded %,d customers with Azure plans and Owners in %.1f s", Fixture.CUSTOMERS,
                    (System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            new AuditLogSeeder(db, options::connect).seed(profile.auditRecords, logStart, logEnd);
            say(String.format("seeded %,d activity-log records in %.1f s", profile.auditRecords, (System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            try (Statement statement = db.createStatement()) {
                // Statistics for the planner and an all-visible map for index-only scans, as autovacuum
                // would leave a table that has lived a while.
                statement.execute("vacuum (analyze)");
            }
            say(String.format("vacuumed and analysed in %.1f s", (System.nanoTime() - t0) / 1e9));
        }
    }

    private Measurement measure(LoadGenerator load, Scenario scenario) throws Exception {
        say(String.format("%s: %d clients, %d s warm-up, %d s closed loop (throughput), %d s open loop (latency)",
                scenario.name(), Profile.CLIENTS, profile.warmup.toSeconds(), profile.measure.toSeconds(),
                profile.measure.toSeconds()));
        Measurement measurement = load.run(scenario, Profile.CLIENTS, profile.warmup, profile.measure);
        say(String.format("%s: %.0f requests/s; at %.0f requests/s p50 %.2f ms, p99 %.2f ms; %d errors%s",
                scenario.name(), measurement.throughput(), measurement.pacedRate(), measurement.percentileMillis(50),
                measurement.percentileMillis(99),
                measurement.errors(), measurement.firstError() == null ? "" : " (first: " + measurement.firstError() + ")"));
        if (flame != null) {
            Measurement[] last = {measurement};
            flameGraphs(scenario.name(), () -> last[0] = load.drive(last[0], scenario, profile.measure));
        }
        return measurement;
    }

    /** The scenario's load once more, profiled (after its measurement, so that never includes a profiler). */
    private void flameGraphs(String scenario, FlameGraphs.Load load) throws Exception {
        say(scenario + ": profiling the same load again");
        List<Path> made = flame.record(scenario, load);
        say(scenario + ": " + made.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }

    private Baseline ceiling(String script, Map<String, String> variables) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(variables);
        all.put("clients", String.valueOf(Profile.CLIENTS));
        all.put("partner", BenchOptions.PARTNER_TENANT);
        say("pgbench " + script + ": " + Profile.CLIENTS + " clients, " + profile.measure.toSeconds() + " s");
        Baseline baseline = PgBench.run(options, script, Profile.CLIENTS, PGBENCH_WARMUP, profile.measure, all);
        say(String.format("pgbench %s: %.0f transactions/s", script, baseline.tps()));
        return baseline;
    }

    /** Every SKU and term of the reservation catalog, as "skuId term", read as a client would read it. */
    private List<String> catalog(HttpClient http, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(options.baseUrl() + "/v1/products/reservations?size=500"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the reservation catalog answered " + response.statusCode() + ": " + response.body());
        }
        return parseCatalog(response.body());
    }

    /** The catalog's items carry "skuId" and then "term" (JSON-B writes properties in alphabetical order). */
    static List<String> parseCatalog(String json) {
        List<String> skus = new ArrayList<>();
        Matcher item = Pattern.compile("\"skuId\":\"([^\"]+)\",\"term\":\"(P[13]Y)\"").matcher(json);
        while (item.find()) {
            skus.add(item.group(1) + " " + item.group(2));
        }
        if (skus.isEmpty()) {
            throw new IllegalStateException("no SKU found in the reservation catalog: " + json);
        }
        return skus;
    }

    static void say(String message) {
        System.out.println("bench: " + message);
        System.out.flush();
    }
}
