package org.cspdesk.devtools.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator, in two phases over keep-alive HTTP/1.1 connections, {@code clients} threads each.
 *
 * <p><b>Throughput, closed loop.</b> After the warm-up, every client sends its next request as soon as the
 * answer to the previous one has been read in full, for the measurement window: the load model of pgbench,
 * so the application's requests per second and pgbench's transactions per second compare like with like.
 *
 * <p><b>Latency, open loop.</b> Then every client sends on a fixed schedule, together {@link #LATENCY_LOAD}
 * of the throughput just measured, whether or not earlier answers have come back, and each request is timed
 * from the moment the schedule meant to send it (as wrk2 does): a stall delays the requests behind it and
 * they count as slow, instead of never being sent (no coordinated omission). Every timed request goes into
 * an HdrHistogram (microseconds, three significant digits): percentiles come from every request, never from
 * averages or samples.
 */
final class LoadGenerator {
    /**
     * The open-loop phase runs at this share of the closed-loop throughput: a server at half its capacity,
     * busy but clear of saturation, where a short throughput window's noise cannot tip it into a backlog.
     */
    static final double LATENCY_LOAD = 0.5;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final long MAX_LATENCY_MICROS = REQUEST_TIMEOUT.toNanos() / 1000;

    private final HttpClient http;

    LoadGenerator(HttpClient http) {
        this.http = http;
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * What one scenario did: {@code requests} answered in the closed-loop window of {@code seconds}, and the
     * latencies of the open-loop phase at {@code pacedRate} requests per second; {@code iterations} is where each
     * client stopped, for a later run of the same scenario to go on from.
     */
    record Measurement(String scenario, int clients, long requests, long errors, double seconds, double pacedRate,
                       Histogram latencyMicros, String firstError, long[] iterations) {
        double throughput() {
            return requests / seconds;
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    Measurement run(Scenario scenario, int clients, Duration warmup, Duration measure) throws InterruptedException {
        long start = System.nanoTime();
        long countFrom = start + warmup.toNanos();
        Phase closed = phase(scenario, clients, new long[clients], countFrom, countFrom + measure.toNanos(), 0);
        double throughput = closed.answered / (measure.toNanos() / 1e9);
        double rate = Math.max(1, throughput * LATENCY_LOAD);
        long pacedFrom = System.nanoTime();
        Phase paced = phase(scenario, clients, closed.iterations, pacedFrom, pacedFrom + measure.toNanos(),
                (long) (clients * 1e9 / rate));
        return new Measurement(scenario.name(), clients, closed.answered, closed.errors + paced.errors,
                measure.toNanos() / 1e9, rate, paced.latency, closed.firstError != null ? closed.firstError : paced.firstError,
                paced.iterations);
    }

    /**
     * The scenario's load again, closed loop, for {@code duration}, each client going on from where {@code after}
     * left it (the switch flips on from where it was); nothing is measured. The flame graphs watch this.
     */
    Measurement drive(Measurement after, Scenario scenario, Duration duration) throws InterruptedException {
        long from = System.nanoTime();
        Phase phase = phase(scenario, after.clients(), after.iterations(), from, from + duration.toNanos(), 0);
        return new Measurement(scenario.name(), after.clients(), phase.answered, phase.errors, duration.toNanos() / 1e9,
                0, phase.latency, phase.firstError, phase.iterations);
    }

    /** Every client's results of one phase, added up. */
    private record Phase(long answered, long errors, long[] iterations, Histogram latency, String firstError) {
    }

    /**
     * Runs the clients until {@code end}, counting what completes from {@code countFrom}; closed loop when
     * {@code intervalNanos} is 0, else each client sends every {@code intervalNanos}, staggered. Each client
     * goes on from the iteration it reached in the previous phase, so a scenario's state (which customers
     * have the switch on) stays consistent.
     */
    private Phase phase(Scenario scenario, int clients, long[] firstIterations, long countFrom, long end,
                        long intervalNanos) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Client>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                long firstSend = intervalNanos == 0 ? 0 : countFrom + intervalNanos * i / clients;
                Client client = new Client(i, scenario, firstIterations[i], countFrom, end, firstSend, intervalNanos);
                running.add(threads.submit(() -> client.run(http)));
            }
            Histogram all = new Histogram(MAX_LATENCY_MICROS, 3);
            long answered = 0;
            long errors = 0;
            long[] iterations = new long[clients];
            String firstError = null;
            for (Future<Client> future : running) {
                Client client = future.get();
                iterations[client.index] = client.iteration;
                all.add(client.latency);
                answered += client.latency.getTotalCount();
                errors += client.errors;
                if (firstError == null) {
                    firstError = client.firstError;
                }
            }
            return new Phase(answered, errors, iterations, all, firstError);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client of " + scenario.name() + " failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** One client's loop and what it saw. */
    private static final class Client {
        final int index;
        final Scenario scenario;
        final long countFrom;
        final long end;
        final long intervalNanos;
        final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
        long iteration;
        long nextSend;
        long errors;
        String firstError;

        Client(int index, Scenario scenario, long firstIteration, long countFrom, long end, long firstSend,
               long intervalNanos) {
            this.index = index;
            this.scenario = scenario;
            this.iteration = firstIteration;
            this.countFrom = countFrom;
            this.end = end;
            this.nextSend = firstSend;
            this.intervalNanos = intervalNanos;
        }

        Client run(HttpClient http) throws InterruptedException {
            while (true) {
                long intended;
                if (intervalNanos == 0) {
                    intended = System.nanoTime();
                } else {
                    intended = nextSend;
                    nextSend += intervalNanos;
                    long wait = intended - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                if (intended >= end) {
                    return this;
                }
                HttpRequest request = scenario.request(index, iteration++);
                int status;
                String body;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    body = response.body();
                } catch (IOException e) {
                    status = -1;
                    body = e.toString();
                }
                long done = System.nanoTime();
                if (done < countFrom || done > end) {
                    continue;
                }
                if (scenario.expected(status)) {
                    latency.recordValue(Math.min((done - intended) / 1000, MAX_LATENCY_MICROS));
                } else {
                    errors++;
                    if (firstError == null) {
                        firstError = status + " " + request.method() + " " + request.uri() + ": "
                                + body.substring(0, Math.min(body.length(), 300));
                    }
                }
            }
        }
    }
}
