package org.cspdesk.devtools.bench;

import org.cspdesk.devtools.DevToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Writes {@code results.json} and prints the table that the README quotes. */
final class Results {
    private Results() {
    }

    static void write(Path file, Map<String, Object> run, List<ResultRow> rows) throws IOException {
        StringJoiner items = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        rows.forEach(row -> items.add(json(row.fields())));
        StringJoiner top = new StringJoiner(",\n  ", "{\n  ", "\n}\n");
        run.forEach((key, value) -> top.add(json(key) + ": " + json(value)));
        top.add("\"results\": " + items);
        Files.createDirectories(file.getParent());
        Files.writeString(file, top.toString(), StandardCharsets.UTF_8);
    }

    static String table(List<ResultRow> rows) {
        String format = "| %-16s | %7s | %8s | %10s | %8s | %8s | %12s | %5s | %-40s |%n";
        StringBuilder out = new StringBuilder(String.format(format, "scenario", "clients", "requests", "throughput",
                "p50 ms", "p99 ms", "ceiling /s", "ratio", "goal"));
        out.append(String.format(format, "-".repeat(16), "-".repeat(7), "-".repeat(8), "-".repeat(10), "-".repeat(8),
                "-".repeat(8), "-".repeat(12), "-".repeat(5), "-".repeat(40)));
        for (ResultRow row : rows) {
            out.append(String.format(format, row.scenario(), text(row.clients()), text(row.requests()),
                    text(ResultRow.round(row.throughputRps())), text(ResultRow.round(row.p50Ms())),
                    text(ResultRow.round(row.p99Ms())), text(ResultRow.round(row.baselineTps())),
                    row.ratio() == null ? "" : String.format("%.2f", row.ratio()),
                    (row.goalMet() ? "met: " : "MISSED: ") + row.goal()));
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            map.forEach((key, item) -> fields.add(json(String.valueOf(key)) + ": " + json(item)));
            return fields.toString();
        }
        return DevToken.jsonString(value.toString());
    }
}
