package org.cspdesk.devtools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The export's ceiling: PostgreSQL's own CSV of the very statement the server ran for the export, read off the
 * database's log ({@code log_statement = all} for that one export) and run again by {@code psql} as the
 * application's role, its output thrown away. Nothing can stream those rows faster than the database writes
 * them; the export's goal is a share of this rate.
 */
final class CopyCeiling {
    private static final String LOGGED = "LOG:  statement: ";

    record Result(String statement, double seconds) {
    }

    private CopyCeiling() {
    }

    /** Runs {@code export} with every statement logged, and returns the COPY it issued. */
    static String statementOf(BenchOptions options, FlameGraphs.Load export) throws Exception {
        String logged;
        StatementLog.logEveryStatement(options, true);
        try {
            logged = StatementLog.during(options, export);
        } finally {
            StatementLog.logEveryStatement(options, false);
        }
        for (String line : logged.split("\n")) {
            int at = line.indexOf(LOGGED + "copy (");
            if (at >= 0) {
                return line.substring(at + LOGGED.length());
            }
        }
        throw new IllegalStateException("the export's COPY statement is not in " + options.pgLog());
    }

    /** {@code psql -c <statement>} as the application's role, its CSV discarded: seconds from start to end. */
    static Result run(BenchOptions options, String statement) throws IOException, InterruptedException {
        List<String> command = List.of(options.pgBin().resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", String.valueOf(options.dbPort()), "-U", BenchOptions.APP_ROLE, "-d", "cspdesk",
                "-c", statement);
        long started = System.nanoTime();
        Process psql = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(psql.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!psql.waitFor(10, TimeUnit.MINUTES) || psql.exitValue() != 0) {
            psql.destroyForcibly();
            throw new IllegalStateException("psql could not run the export's COPY: " + errors);
        }
        return new Result(statement, (System.nanoTime() - started) / 1e9);
    }
}
