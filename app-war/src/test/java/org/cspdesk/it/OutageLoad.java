package org.cspdesk.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients calling the API in a loop, reads and writes mixed, each request bounded by a client timeout,
 * every answer kept with when it was sent and received: the load of the outage test.
 */
final class OutageLoad {
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern CODE = Pattern.compile("\"cspdeskCode\":\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** Fixtures.customerBody as JSON: domain, company name (ours, nothing to escape). */
    private static final String NEW_CUSTOMER = """
            {"companyProfile": {"domain": "%s", "companyName": "%s"},
             "billingProfile": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
               "culture": "en-US", "language": "en", "defaultAddress": {"country": "US", "city": "Redmond",
               "postalCode": "98052", "addressLine1": "1 Microsoft Way"}}}""";

    /** What a client asks: a read of each module's kind, a write with and without MS-RequestId, readiness. */
    enum Kind { LIST_CUSTOMERS, READ_ACTIVITY_LOG, ADD_CUSTOMER, ADD_CUSTOMER_WITH_REQUEST_ID, READY }

    /** One answer, or the error that took its place (a timeout: the request hung). */
    record Answer(Kind kind, long sentNanos, long answeredNanos, int status, String contentType, String retryAfter,
                  String code, String domain, String customerId, String error) {
        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(answeredNanos - sentNanos);
        }

        boolean isWrite() {
            return kind == Kind.ADD_CUSTOMER || kind == Kind.ADD_CUSTOMER_WITH_REQUEST_ID;
        }

        @Override
        public String toString() {
            return kind + " " + (error != null ? error : status + " " + code + " Retry-After " + retryAfter) + " in "
                    + millis() + " ms";
        }
    }

    private final String companyName;
    private final String token = Tokens.mint("AdminAgent", "adminagent@partner.cspdesk.dev", IntegrationTest.PARTNER_TENANT);
    private final String base = "http://localhost:" + Integer.getInteger("it.http.port", 8080);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final ExecutorService clients;
    private final int clientCount;
    private volatile boolean running = true;

    /** The customers it adds are all named {@code companyName}, each with a domain of its own. */
    OutageLoad(int clients, String companyName) {
        this.clientCount = clients;
        this.clients = Executors.newFixedThreadPool(clients);
        this.companyName = companyName;
    }

    OutageLoad start() {
        for (int i = 0; i < clientCount; i++) {
            clients.submit(this::callUntilStopped);
        }
        return this;
    }

    /** The first answer 2xx to a request sent after {@code sinceNanos} that needed the database. */
    Optional<Answer> firstSuccessSince(long sinceNanos) {
        return answers.stream().filter(a -> a.sentNanos() >= sinceNanos && a.kind() != Kind.READY
                        && a.status() / 100 == 2)
                .min((a, b) -> Long.compare(a.answeredNanos(), b.answeredNanos()));
    }

    /** Stops the clients, waits for their last answers, and returns every answer. */
    List<Answer> stop() throws InterruptedException {
        running = false;
        clients.shutdown();
        if (!clients.awaitTermination(CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
        return new ArrayList<>(answers);
    }

    private void callUntilStopped() {
        while (running) {
            Kind kind = Kind.values()[sent.getAndIncrement() % Kind.values().length];
            answers.add(call(kind));
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Answer call(Kind kind) {
        String domain = null;
        HttpRequest.Builder request;
        switch (kind) {
            case LIST_CUSTOMERS -> request = HttpRequest.newBuilder(URI.create(base + "/v1/customers?size=5")).GET();
            case READ_ACTIVITY_LOG -> request = HttpRequest.newBuilder(
                    URI.create(base + "/v1/auditrecords?startDate=2020-01-01&size=3")).GET();
            case READY -> request = HttpRequest.newBuilder(URI.create(base + "/health/ready")).GET();
            default -> {
                domain = IntegrationTest.unique("outage") + ".onmicrosoft.com";
                request = HttpRequest.newBuilder(URI.create(base + "/v1/customers"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(newCustomerJson(domain, companyName)));
                if (kind == Kind.ADD_CUSTOMER_WITH_REQUEST_ID) {
                    request.header("MS-RequestId", UUID.randomUUID().toString());
                }
            }
        }
        request.header("Authorization", "Bearer " + token).timeout(CLIENT_TIMEOUT);
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long answeredAt = System.nanoTime();
            return new Answer(kind, sentAt, answeredAt, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    first(CODE, response.body()), domain, response.statusCode() == 201 ? first(ID, response.body()) : null,
                    null);
        } catch (IOException e) {
            return new Answer(kind, sentAt, System.nanoTime(), 0, null, null, null, domain, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(kind, sentAt, System.nanoTime(), 0, null, null, null, domain, null, e.toString());
        }
    }

    /** The body of POST /v1/customers (Fixtures.customerBody as JSON). */
    static String newCustomerJson(String domain, String companyName) {
        return String.format(NEW_CUSTOMER, domain, companyName);
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
