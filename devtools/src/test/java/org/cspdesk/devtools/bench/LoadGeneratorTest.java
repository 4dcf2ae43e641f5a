package org.cspdesk.devtools.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load generator against a local server whose behaviour the test controls. The bounds are loose on
 * purpose: they tell a generator that hides a stall from one that shows it, whatever the machine's speed.
 */
class LoadGeneratorTest {
    private HttpServer server;
    private final AtomicBoolean stallNext = new AtomicBoolean();
    private final AtomicInteger answered = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(stallNext.getAndSet(false) ? 1_500 : 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
            answered.incrementAndGet();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Scenario get(String path) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new Scenario() {
            @Override
            public String name() {
                return "get " + path;
            }

            @Override
            public HttpRequest request(int client, long iteration) {
                return HttpRequest.newBuilder(uri).build();
            }
        };
    }

    @Test
    void aStallDuringTheLatencyPhaseDelaysEveryRequestScheduledBehindIt() throws Exception {
        LoadGenerator load = new LoadGenerator(LoadGenerator.httpClient());
        Thread staller = new Thread(() -> {
            try {
                // After the warm-up and the throughput phase: inside the open-loop phase.
                Thread.sleep(3_800);
                stallNext.set(true);
            } catch (InterruptedException ignored) {
                // the test is over
            }
        });
        staller.start();
        LoadGenerator.Measurement m = load.run(get("/"), 1, Duration.ofMillis(500), Duration.ofSeconds(3));
        staller.join();

        // The JDK's little server answers in tens of milliseconds (delayed ACKs), still far above 5 a second.
        assertTrue(m.throughput() > 5, "closed-loop throughput of one client: " + m.throughput());
        assertEquals(LoadGenerator.LATENCY_LOAD * m.throughput(), m.pacedRate(), 0.01);
        // One request stalled for 1.5 s; a closed loop would record just that one. The schedule kept
        // running, so every request meant to be sent during the stall waited too and counts as slow.
        long slow = m.latencyMicros().getCountBetweenValues(300_000, m.latencyMicros().getHighestTrackableValue());
        assertTrue(slow >= 3, "requests recorded above 300 ms: " + slow + " of " + m.latencyMicros().getTotalCount());
        assertEquals(0, m.errors());
    }

    @Test
    void unexpectedAnswersAreErrorsWithTheFirstOneShown() throws Exception {
        LoadGenerator load = new LoadGenerator(LoadGenerator.httpClient());
        LoadGenerator.Measurement m = load.run(get("/missing"), 2, Duration.ofMillis(100), Duration.ofMillis(500));
        assertEquals(0, m.requests());
        assertTrue(m.errors() > 0);
        assertTrue(m.firstError().startsWith("404 GET "), m.firstError());
    }
}
