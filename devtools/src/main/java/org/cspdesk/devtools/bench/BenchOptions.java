package org.cspdesk.devtools.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code ./cspdesk bench} hands over: where things are and which ports it reserved. The launcher owns
 * the database cluster (it knows how to run PostgreSQL as an unprivileged user); this program owns the rest.
 */
record BenchOptions(Profile profile, Path pgBin, int dbPort, int httpPort, Path microJar, Path war, Path preboot, Path postboot,
                    Path keys,
                    Path pgbenchScripts, Path out, Path pgLog, List<String> serverJvmOptions,
                    boolean statementsOnly, boolean flame, Set<String> only) {

    static final String PARTNER_TENANT = "7d3c1a2b-5e4f-4a6b-9c8d-0e1f2a3b4c5d";
    static final String ISSUER = "cspdesk-dev";
    /** What --only may name (the start-up is always measured: every scenario needs the server). */
    static final List<String> SCENARIOS = List.of("switch", "purchase", "permissions-read", "audit-query", "audit-export");

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + dbPort + "/cspdesk";
    }

    /** The roles ./cspdesk test-db creates (ADR 0008); this cluster trusts local logins. */
    static final String OWNER_ROLE = "cspdesk_owner";
    static final String APP_ROLE = "cspdesk";

    /**
     * A connection as the schema owner, which the migrations ran as: the seeding drops and rebuilds the
     * log's indexes, streams records past the application (COPY) and vacuums, none of which the
     * application's role may do.
     */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), OWNER_ROLE, OWNER_ROLE);
    }

    /** Whether this run measures {@code scenario}: every one unless {@code --only} named some. */
    boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        boolean statements = false;
        boolean flame = false;
        Set<String> only = Set.of();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--statements")) {
                statements = true;
            } else if (args[i].equals("--only") && i + 1 < args.length) {
                only = Set.of(args[++i].split(","));
                if (!SCENARIOS.containsAll(only)) {
                    throw new IllegalArgumentException("--only takes " + String.join(", ", SCENARIOS) + "; not " + args[i]);
                }
            } else if (args[i].equals("--flame")) {
                flame = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                values.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
        }
        return new BenchOptions(
                Profile.valueOf(required(values, "profile").toUpperCase()),
                Path.of(required(values, "pg-bin")),
                Integer.parseInt(required(values, "db-port")),
                Integer.parseInt(required(values, "http-port")),
                Path.of(required(values, "micro")),
                Path.of(required(values, "war")),
                Path.of(required(values, "preboot")),
                Path.of(required(values, "postboot")),
                Path.of(required(values, "keys")),
                Path.of(required(values, "pgbench-scripts")),
                Path.of(required(values, "out")),
                Path.of(required(values, "pg-log")),
                List.of(values.getOrDefault("server-jvm-options", "").trim().split("\\s+")).stream()
                        .filter(option -> !option.isEmpty()).toList(),
                statements, flame, only);
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
