package org.cspdesk.devtools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ceiling: PostgreSQL's own {@code pgbench} running a script of the SQL one request of a scenario issues,
 * with as many clients as the load generator, prepared statements as pgjdbc uses, for as long as the
 * scenario's measurement. Its transactions per second are what the database can do for that request
 * without the application in the way.
 */
final class PgBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    record Baseline(double tps, long failed) {
    }

    private PgBench() {
    }

    static Baseline run(BenchOptions options, String script, int clients, Duration warmup, Duration measure,
                        Map<String, String> variables) throws IOException, InterruptedException {
        if (!warmup.isZero()) {
            execute(options, script, clients, warmup, variables);
        }
        String output = execute(options, script, clients, measure, variables);
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench " + script + " gave no throughput:\n" + output);
        }
        Matcher failed = FAILED.matcher(output);
        return new Baseline(Double.parseDouble(tps.group(1)), failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }

    private static String execute(BenchOptions options, String script, int clients, Duration duration,
                                  Map<String, String> variables) throws IOException, InterruptedException {
        // As the application's role: the ceiling replays what the application does, with what it may do.
        List<String> command = new ArrayList<>(List.of(options.pgBin().resolve("pgbench").toString(),
                "-n", "-M", "prepared", "-h", "127.0.0.1", "-p", String.valueOf(options.dbPort()), "-U", BenchOptions.APP_ROLE,
                "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                "-T", String.valueOf(duration.toSeconds()),
                "-f", options.pgbenchScripts().resolve(script).toString()));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.add("cspdesk");
        Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = pgbench.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("pgbench " + script + " failed (exit " + exit + "):\n" + output);
        }
        return output;
    }
}
