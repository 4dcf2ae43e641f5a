package org.cspdesk.it;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;

/**
 * kill -9 under load loses nothing: every acknowledged order is there with its record, no order is there
 * without one, the log's chain is intact, and every request the crash left unanswered, retried with its
 * MS-RequestId on the next server, is answered (at once, or after its claim's lease) and acts at most once.
 */
class CrashUnderLoadIT extends IntegrationTest {
    private static final int PORT = Integer.getInteger("it.crash.http.port", 18998);
    private static final int BUYERS = 4;
    private static final int THREADS = 8;
    /** The load is four customers' users buying as fast as they can: not what this test is about. */
    private static final String[] UNTHROTTLED = {"-DCSPDESK_RATE_LIMIT_CUSTOMER_CALLER=0",
            "-DCSPDESK_RATE_LIMIT_CUSTOMER_TENANT=0", "-DCSPDESK_RECORDED_REFUSALS_CUSTOMER_CALLER=0"};

    /** One order sent: its id and body, and what came back (null when the crash took the answer). */
    record Sent(String customerId, String ownerUpn, String requestId, Map<String, Object> body, String orderId) {
    }

    @Test
    void killingTheServerUnderLoadLosesNoAcknowledgedChangeAndBlocksNoRetry() throws Exception {
        String database = OwnServer.newDatabase("crash");
        List<Buyer> buyers = new ArrayList<>();
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        try (OwnServer first = OwnServer.start(database, PORT, "crash-first", UNTHROTTLED)) {
            for (int i = 0; i < BUYERS; i++) {
                buyers.add(Buyer.create("Crash Buyer " + i));
            }
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(THREADS);
            for (int t = 0; t < THREADS; t++) {
                Buyer buyer = buyers.get(t % BUYERS);
                load.submit(() -> {
                    while (loading.get()) {
                        sent.add(buyer.buy());
                    }
                });
            }
            Thread.sleep(5_000);
            first.crash();
            loading.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<Sent> acknowledged = sent.stream().filter(s -> s.orderId() != null).toList();
        List<Sent> unanswered = sent.stream().filter(s -> s.orderId() == null).toList();
        assertThat(acknowledged).as("orders acknowledged before the crash").hasSizeGreaterThan(10);

        try (OwnServer second = OwnServer.start(database, PORT, "crash-second", UNTHROTTLED)) {
            Set<String> placed = new HashSet<>();
            acknowledged.forEach(s -> placed.add(s.orderId()));
            int lostAnswers = 0;
            for (Sent retry : unanswered) {
                Response answer = retryUntilAnswered(retry);
                if (answer.statusCode() == 201) {
                    placed.add(answer.path("id"));
                } else {
                    assertThat(answer.<String>path("cspdeskCode")).as("a retry of " + retry.requestId())
                            .isEqualTo("request_answer_lost");
                    lostAnswers++;
                }
            }
            for (Buyer buyer : buyers) {
                Set<String> history = buyer.orderHistory();
                Set<String> recorded = buyer.recordedOrders();
                assertThat(recorded).as("every order has its record, and every record its order").isEqualTo(history);
            }
            int inHistories = buyers.stream().mapToInt(b -> b.orderHistory().size()).sum();
            assertThat(inHistories).as("each order once: acknowledged, placed by a retry, or answer lost")
                    .isEqualTo(placed.size() + lostAnswers);
            assertThat(buyers.stream().flatMap(b -> b.orderHistory().stream())).containsAll(placed);
            as("AdminAgent").port(PORT).get("/v1/auditrecords/integrity").then().statusCode(200)
                    .body("intact", org.hamcrest.Matchers.equalTo(true));
            System.out.println("crash under load: " + sent.size() + " orders sent, " + acknowledged.size()
                    + " acknowledged, " + unanswered.size() + " unanswered and retried, " + lostAnswers + " answers lost");
        }
    }

    /** Retries with the same MS-RequestId until an answer that is not "in progress"; bounded by the lease. */
    private static Response retryUntilAnswered(Sent retry) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(45));
        while (true) {
            Response answer = bounded(asCustomerUser(retry.customerId(), retry.ownerUpn()).port(PORT))
                    .header("MS-RequestId", retry.requestId()).body(retry.body())
                    .post("/v1/customers/" + retry.customerId() + "/orders");
            assertThat(answer.statusCode()).as("a retry after the crash").isLessThan(500);
            if (answer.statusCode() != 409 || !"request_in_progress".equals(answer.path("cspdeskCode"))) {
                return answer;
            }
            assertThat(Instant.now()).as("a claim left by the crash is free within its lease").isBefore(until);
            Thread.sleep(Integer.parseInt(answer.header("Retry-After")) * 1000L);
        }
    }

    private static RequestSpecification bounded(RequestSpecification request) {
        return request.config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 10_000).setParam("http.connection.timeout", 5_000)));
    }

    /** A customer of the own server with an Azure plan, an Owner and the switch on. */
    record Buyer(String id, String plan, String ownerUpn) {
        static Buyer create(String name) {
            String customer = as("AdminAgent").port(PORT).body(Fixtures.customerBody(
                    UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com", name))
                    .post("/v1/customers").then().statusCode(201).extract().path("id");
            String domain = as("AdminAgent").port(PORT).get("/v1/customers/" + customer).then().extract()
                    .path("companyProfile.domain");
            String plan = as("AdminAgent").port(PORT).body(Map.of("offerId", Fixtures.AZURE_PLAN, "friendlyName", "Plan",
                    "quantity", 1)).post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201)
                    .extract().path("id");
            String owner = as("AdminAgent").port(PORT).body(Map.of("userPrincipalName", "owner@" + domain,
                    "displayName", "Owner")).post("/v1/customers/" + customer + "/users").then().statusCode(201)
                    .extract().path("id");
            as("AdminAgent").port(PORT).body(Map.of("userId", owner, "role", "Owner"))
                    .post("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments")
                    .then().statusCode(201);
            as("AdminAgent").port(PORT).body(Map.of("allowCustomerToPurchase", true))
                    .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);
            return new Buyer(customer, plan, "owner@" + domain);
        }

        Sent buy() {
            String requestId = UUID.randomUUID().toString();
            Map<String, Object> body = Reservations.order(D2S_EASTUS, 1, "P1Y", plan, "single");
            try {
                Response answer = bounded(asCustomerUser(id, ownerUpn).port(PORT)).header("MS-RequestId", requestId)
                        .body(body).post("/v1/customers/" + id + "/orders");
                return new Sent(id, ownerUpn, requestId, body, answer.statusCode() == 201 ? answer.path("id") : null);
            } catch (Exception noAnswer) { // the server died under it (RestAssured rethrows IOExceptions unchecked)
                return new Sent(id, ownerUpn, requestId, body, null);
            }
        }

        Set<String> orderHistory() {
            Set<String> ids = new HashSet<>();
            String token = null;
            do {
                var page = as("AdminAgent").port(PORT).get("/v1/customers/" + id + "/orders?size=500"
                        + (token == null ? "" : "&continuationToken=" + token)).then().statusCode(200).extract().jsonPath();
                ids.addAll(page.getList("items.id"));
                token = page.getString("continuationToken");
            } while (token != null);
            return ids;
        }

        Set<String> recordedOrders() {
            String filter = java.net.URLEncoder.encode("{\"field\":\"CustomerId\",\"value\":\"" + id
                    + "\",\"operator\":\"equals\"}", java.nio.charset.StandardCharsets.UTF_8);
            Set<String> ids = new HashSet<>();
            String token = null;
            do {
                var page = as("AdminAgent").port(PORT).urlEncodingEnabled(false).get("/v1/auditrecords?startDate=2020-01-01"
                        + "&size=500&filter=" + filter + (token == null ? "" : "&continuationToken=" + token))
                        .then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                // A subscription purchase is a create_order of an order too (Partner Center's words), naming
                // its SubscriptionId; a reservation order's record names its OrderKind.
                items.stream().filter(r -> "create_order".equals(r.get("operationType"))
                        && "order".equals(r.get("resourceType")) && "succeeded".equals(r.get("operationStatus"))
                        && ((List<?>) r.get("customizedData")).stream()
                                .anyMatch(pair -> "OrderKind".equals(((Map<?, ?>) pair).get("key"))))
                        .forEach(r -> ids.add((String) r.get("resourceName")));
                token = page.getString("continuationToken");
            } while (token != null);
            return ids;
        }
    }
}
