package org.cspdesk.devtools.bench;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark cluster's PostgreSQL log, with every statement in it while asked ({@code log_statement = all}):
 * how {@code --statements} shows what a request issues and how the export's ceiling learns the server's COPY.
 */
final class StatementLog {
    private StatementLog() {
    }

    /** Every statement logged, or (off) the cluster's setting again. */
    static void logEveryStatement(BenchOptions options, boolean on) throws SQLException {
        try (Connection superuser = DriverManager.getConnection(options.jdbcUrl(), "postgres", "");
             Statement statement = superuser.createStatement()) {
            statement.execute(on ? "alter system set log_statement = 'all'" : "alter system reset log_statement");
            statement.execute("select pg_reload_conf()");
        }
    }

    /** What the log gained while {@code action} ran. */
    static String during(BenchOptions options, FlameGraphs.Load action) throws Exception {
        long from = Files.size(options.pgLog());
        action.run();
        Thread.sleep(300);   // the log is written by another process
        try (RandomAccessFile log = new RandomAccessFile(options.pgLog().toFile(), "r")) {
            byte[] tail = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        }
    }
}
