package org.cspdesk.devtools.bench;

import org.cspdesk.devtools.bench.LoadGenerator.Measurement;
import org.cspdesk.devtools.bench.PgBench.Baseline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The goals of issue 17, one per scenario, and the row each measurement becomes. A goal is reported as met or
 * missed, never asserted: a benchmark informs, a timed test would only flicker.
 */
final class Goals {
    static final double WRITE_RATIO = 0.5;
    static final double WRITE_P99_MS = 25;
    static final double PERMISSIONS_READ_RPS = 5_000;
    static final double PERMISSIONS_READ_P99_MS = 10;
    static final double AUDIT_QUERY_P99_MS = 15;
    static final long AUDIT_QUERY_RECORDS = 10_000_000;
    /** The export against PostgreSQL's own COPY of the same statement, as pgbench is for the writes. */
    static final double EXPORT_RATIO = 0.5;
    static final double EXPORT_HEAP_MB = 256;
    static final double STARTUP_SECONDS = 12;

    private Goals() {
    }

    static ResultRow write(Measurement m, Baseline ceiling) {
        double ratio = m.throughput() / ceiling.tps();
        double p99 = m.percentileMillis(99);
        Map<String, Object> details = loadDetails(m);
        details.put("baseline_failed_transactions", ceiling.failed());
        return new ResultRow(m.scenario(), m.clients(), m.requests(), m.throughput(), m.percentileMillis(50), p99,
                ceiling.tps(), ratio, "ratio >= " + WRITE_RATIO + " and p99 < " + (int) WRITE_P99_MS + " ms",
                ratio >= WRITE_RATIO && p99 < WRITE_P99_MS && m.errors() == 0, details);
    }

    static ResultRow permissionsRead(Measurement m) {
        return read(m, ">= " + (int) PERMISSIONS_READ_RPS + " requests/s and p99 < " + (int) PERMISSIONS_READ_P99_MS + " ms",
                m.throughput() >= PERMISSIONS_READ_RPS && m.percentileMillis(99) < PERMISSIONS_READ_P99_MS);
    }

    static ResultRow auditQuery(Measurement m, Profile profile) {
        String goal = "p99 < " + (int) AUDIT_QUERY_P99_MS + " ms at " + AUDIT_QUERY_RECORDS / 1_000_000 + "M records"
                + (profile.auditRecords < AUDIT_QUERY_RECORDS ? " (this run: " + profile.auditRecords / 1_000_000 + "M)" : "");
        // A smaller log cannot meet a goal set for ten million records, whatever its p99.
        return read(m, goal, m.percentileMillis(99) < AUDIT_QUERY_P99_MS && profile.auditRecords >= AUDIT_QUERY_RECORDS);
    }

    static ResultRow export(CsvExportRun.Result export, CopyCeiling.Result ceiling) {
        double ceilingRps = Profile.EXPORT_RECORDS / ceiling.seconds();
        double ratio = export.rowsPerSecond() / ceilingRps;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", export.rows());
        details.put("seconds", ResultRow.round(export.seconds()));
        details.put("copy_seconds", ResultRow.round(ceiling.seconds()));
        details.put("peak_heap_mb", ResultRow.round(export.peakHeapMb()));
        details.put("old_generation_growth_mb", ResultRow.round(export.oldGenerationGrowthMb()));
        if (export.heapFailure() != null) {
            details.put("heap_reading_problem", export.heapFailure());
        }
        boolean met = ratio >= EXPORT_RATIO && export.peakHeapMb() < EXPORT_HEAP_MB
                && export.rows() == Profile.EXPORT_RECORDS;
        return new ResultRow("audit-export", 1, 1L, export.rowsPerSecond(), null, null, ceilingRps, ratio,
                "ratio >= " + EXPORT_RATIO + " of psql's COPY, heap < " + (int) EXPORT_HEAP_MB + " MB", met, details);
    }

    /** A restart of an installed server ({@code seconds}); the first start, which migrated the database, beside it. */
    static ResultRow startup(double seconds, double firstStartSeconds, boolean classArchive) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("seconds", ResultRow.round(seconds));
        details.put("first_start_seconds", ResultRow.round(firstStartSeconds));
        details.put("class_archive", classArchive);
        return new ResultRow("startup", null, null, null, null, null, null, null,
                "restart < " + (int) STARTUP_SECONDS + " s to /health/ready (" + String.format("%.1f", seconds)
                        + " s; first start " + String.format("%.1f", firstStartSeconds) + " s)",
                seconds < STARTUP_SECONDS, details);
    }

    private static ResultRow read(Measurement m, String goal, boolean met) {
        return new ResultRow(m.scenario(), m.clients(), m.requests(), m.throughput(), m.percentileMillis(50),
                m.percentileMillis(99), null, null, goal, met && m.errors() == 0, loadDetails(m));
    }

    private static Map<String, Object> loadDetails(Measurement m) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("errors", m.errors());
        // The percentiles were taken in the open-loop phase, at this rate.
        details.put("latency_at_rps", ResultRow.round(m.pacedRate()));
        details.put("p90_ms", ResultRow.round(m.percentileMillis(90)));
        details.put("p999_ms", ResultRow.round(m.percentileMillis(99.9)));
        details.put("max_ms", ResultRow.round(m.latencyMicros().getMaxValue() / 1000.0));
        if (m.firstError() != null) {
            details.put("first_error", m.firstError());
        }
        return details;
    }
}
