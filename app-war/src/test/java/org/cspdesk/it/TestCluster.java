package org.cspdesk.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's PostgreSQL cluster, stopped and started again by {@code ./cspdesk test-db pause|resume} (the
 * launcher runs it as an unprivileged user when the build runs as root). Every test class shares it:
 * whoever pauses it resumes it in a finally block.
 */
final class TestCluster {
    private static final Duration LAUNCHER_TIMEOUT = Duration.ofSeconds(60);

    private TestCluster() {
    }

    /** Stops it (a fast shutdown: open sessions end at once), keeping its data. Returns when it is down. */
    static void pause() {
        launcher("pause", System.getProperty("it.pgdata"));
    }

    /** Starts it again on its port, if it is not running. Returns when it accepts connections. */
    static void resume() {
        launcher("resume", System.getProperty("it.pgdata"), System.getProperty("it.db.port"));
    }

    private static void launcher(String... arguments) {
        Path launcher = Path.of(System.getProperty("it.repository.root"), "cspdesk");
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString(), "test-db"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(LAUNCHER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + LAUNCHER_TIMEOUT);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + launcher, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + launcher, e);
        }
    }
}
