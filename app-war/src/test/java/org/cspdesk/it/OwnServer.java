package org.cspdesk.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A Payara Micro of a test's own, with the real WAR, on a database of its own (belonging to the owner
 * role, the server running as the application's role, as every server does), for tests that must crash
 * or restart a server: the suite's server stays up for every other test. The suite's public key verifies
 * the tests' tokens.
 */
final class OwnServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private OwnServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A new, empty database on the suite's cluster. */
    static String newDatabase(String prefix) throws Exception {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.db.port") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + Database.OWNER);
        }
        return name;
    }

    /** Starts a server on that database and port, with these extra JVM options, and waits until it is ready. */
    static OwnServer start(String database, int port, String name, String... jvmOptions) throws Exception {
        Path log = Files.createTempFile("cspdesk-" + name, ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m",
                "-DCSPDESK_DB_URL=jdbc:postgresql://127.0.0.1:" + System.getProperty("it.db.port") + "/" + database,
                "-DCSPDESK_DB_USER=" + Database.APPLICATION, "-DCSPDESK_DB_PASSWORD=" + Database.APPLICATION,
                "-DCSPDESK_DB_MIGRATION_USER=" + Database.OWNER, "-DCSPDESK_DB_MIGRATION_PASSWORD=" + Database.OWNER,
                "-DCSPDESK_PARTNER_TENANT_ID=" + IntegrationTest.PARTNER_TENANT,
                "-DCSPDESK_DEV_PUBLIC_KEY=" + System.getProperty("it.public.key")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", System.getProperty("it.micro.jar"), "--nohazelcast", "--port", String.valueOf(port),
                "--prebootcommandfile", bootFile("preboot.asadmin"), "--postbootcommandfile", bootFile("postboot.asadmin"),
                "--deploy", System.getProperty("it.war")));
        OwnServer server = new OwnServer(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start(), port);
        server.awaitReady(log);
        return server;
    }

    /** The boot files ./cspdesk run passes: this server runs as the suite's does. */
    private static String bootFile(String name) {
        return Path.of(System.getProperty("it.repository.root"), "app-war", "payara", name).toString();
    }

    private void awaitReady(Path log) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (IntegrationTest.anonymous().port(port).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) { // RestAssured throws ConnectException unchecked
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Payara Micro was not ready within 150 s; see " + log);
    }

    /** kill -9: no shutdown hook, no transaction finished, no answer kept. */
    void crash() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        crash();
    }
}
