package org.cspdesk.devtools.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real WAR on Payara Micro, started as {@code ./cspdesk run} starts it, against the benchmark's database.
 * Its start-up time is the {@code startup} scenario: from launching the JVM to {@code /health/ready}
 * answering 200 (database reachable, migrations done).
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final double startupSeconds;

    private ServerProcess(Process process, double startupSeconds) {
        this.process = process;
        this.startupSeconds = startupSeconds;
    }

    static ServerProcess start(BenchOptions options, Path log, List<String> moreJvmOptions)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options.serverJvmOptions());
        command.addAll(moreJvmOptions);
        command.addAll(List.of(
                "-DCSPDESK_DB_URL=" + options.jdbcUrl(),
                "-DCSPDESK_DB_USER=" + BenchOptions.APP_ROLE,
                "-DCSPDESK_DB_PASSWORD=" + BenchOptions.APP_ROLE,
                "-DCSPDESK_DB_MIGRATION_USER=" + BenchOptions.OWNER_ROLE,
                "-DCSPDESK_DB_MIGRATION_PASSWORD=" + BenchOptions.OWNER_ROLE,
                "-DCSPDESK_PARTNER_TENANT_ID=" + BenchOptions.PARTNER_TENANT,
                "-DCSPDESK_DEV_PUBLIC_KEY=" + options.keys().resolve("dev-public.pem"),
                "-DCSPDESK_DEV_ISSUER=" + BenchOptions.ISSUER,
                // The load comes from one caller per scenario, far faster than any partner's limit: the limits
                // are set out of reach, so that every request is still counted (the cost is measured) and none
                // is refused.
                "-DCSPDESK_RATE_LIMIT_PARTNER_CALLER=1000000000", "-DCSPDESK_RATE_LIMIT_PARTNER_TENANT=1000000000",
                "-DCSPDESK_RATE_LIMIT_CUSTOMER_CALLER=1000000000", "-DCSPDESK_RATE_LIMIT_CUSTOMER_TENANT=1000000000",
                "-jar", options.microJar().toString(),
                "--deploy", options.war().toString(), "--contextroot", "/",
                "--port", String.valueOf(options.httpPort()), "--nohazelcast",
                "--prebootcommandfile", options.preboot().toString(),
                "--postbootcommandfile", options.postboot().toString()));
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // Ctrl-C ends this JVM; the server must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ServerProcess server;
        try {
            waitUntilReady(process, URI.create(options.baseUrl() + "/health/ready"), log);
            server = new ServerProcess(process, (System.nanoTime() - launched) / 1e9);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return server;
    }

    private static void waitUntilReady(Process process, URI ready, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the boot; keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    double startupSeconds() {
        return startupSeconds;
    }

    long pid() {
        return process.pid();
    }

    /** TERM first, as Ctrl-C does for {@code ./cspdesk run}, so Payara shuts down cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
