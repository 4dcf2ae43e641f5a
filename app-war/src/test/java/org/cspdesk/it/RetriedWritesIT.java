package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Retried writes with the same MS-RequestId act once, however they arrive: together, after a crash of the
 * process that ran the first, or after it acted and died before answering.
 */
class RetriedWritesIT extends IntegrationTest {

    @Test
    void aRetryWhileTheFirstRunsIsAConflictNotAServerError() throws Exception {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Eager Retrier");
        Map<String, Object> order = Reservations.order(Reservations.D2S_EASTUS, 1, "P1Y", customer.plan(), "single");
        String requestId = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sent.add(pool.submit(() -> customer.owner().header("MS-RequestId", requestId).body(order)
                    .post("/v1/customers/" + customer.id() + "/orders")));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(201, 409));
        List<Response> conflicts = answers.stream().filter(a -> a.statusCode() == 409).toList();
        assertThat(conflicts).allSatisfy(conflict -> {
            assertThat(conflict.<String>path("cspdeskCode")).isEqualTo("request_in_progress");
            assertThat(Integer.parseInt(conflict.header("Retry-After"))).isBetween(1, 30);
        });
        List<String> orderIds = answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String>path("id"))
                .distinct().toList();
        assertThat(orderIds).hasSize(1);
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().body("items", hasSize(1));
        assertThat(AuditLog.of(customer.id()).stream().filter(r -> "create_order".equals(r.get("operationType"))
                && customer.ownerUpn().equals(r.get("userPrincipalName")))).hasSize(1);
    }

    @Test
    void anIdLeftInProgressByACrashIsFreeAgainWhenItsLeaseRunsOut() {
        String customer = Fixtures.newCustomer("Crashed Once");
        String body = subscriptionBody();
        String requestId = UUID.randomUUID().toString();
        claimAsACrashedServerWould(customer, requestId, body, false, "now() + interval '20 seconds'");
        Response blocked = as("AdminAgent").header("MS-RequestId", requestId).body(body)
                .post("/v1/customers/" + customer + "/subscriptions");
        blocked.then().statusCode(409).body("cspdeskCode", equalTo("request_in_progress"));
        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(15, 21);

        Database.asOwner("update platform.idempotent_request set lease_until = now() - interval '1 second'"
                + " where request_id = '" + requestId + "'");
        as("AdminAgent").header("MS-RequestId", requestId).body(body)
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201);
        as("AdminAgent").header("MS-RequestId", requestId).body(body)
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201);
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().body("items", hasSize(1));
    }

    @Test
    void aRequestThatActedButLostItsAnswerIsNeverRepeated() {
        String customer = Fixtures.newCustomer("Lost Answer");
        String body = subscriptionBody();
        String requestId = UUID.randomUUID().toString();
        claimAsACrashedServerWould(customer, requestId, body, true, "now() - interval '1 second'");
        as("AdminAgent").header("MS-RequestId", requestId).body(body)
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(409)
                .body("cspdeskCode", equalTo("request_answer_lost"));
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().body("items", hasSize(0));
    }

    @Test
    void aWriteIsMarkedActedInItsOwnTransactionAndARefusalIsNot() {
        String customer = Fixtures.newCustomer("Marked Acted");
        String acted = UUID.randomUUID().toString();
        as("AdminAgent").header("MS-RequestId", acted).body(subscriptionBody())
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201);
        String refused = UUID.randomUUID().toString();
        as("AdminAgent").header("MS-RequestId", refused).body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(409);
        assertThat(Database.single("select acted || ':' || status from platform.idempotent_request"
                + " where request_id = '" + acted + "'")).isEqualTo("true:201");
        assertThat(Database.single("select acted || ':' || status from platform.idempotent_request"
                + " where request_id = '" + refused + "'")).isEqualTo("false:409");
    }

    @Test
    void aRetryOfARefusalGetsTheSameRefusalAndIsRecordedOnce() {
        String customer = Fixtures.newCustomer("Refused Twice");
        String requestId = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            as("AdminAgent").header("MS-RequestId", requestId).header("MS-CorrelationId", correlation)
                    .body(Map.of("allowCustomerToPurchase", true))
                    .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(409)
                    .body("cspdeskCode", equalTo("prerequisites_not_met"));
        }
        assertThat(AuditLog.of(customer).stream().filter(r -> correlation.equals(r.get("originalCorrelationId"))))
                .hasSize(1);
    }

    @Test
    void aRetryAfterAStaleEtagIsJudgedAgainNotRefusedAgain() {
        String customer = Fixtures.newCustomer("Stale Then Fresh");
        String path = "/v1/customers/" + customer + "/subscriptions/" + Fixtures.buy(customer, Fixtures.M365_E3, 1);
        String etag = as("AdminAgent").get(path).header("ETag");
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> rename = Map.of("friendlyName", "Renamed once");
        as("AdminAgent").header("MS-RequestId", requestId).header("If-Match", "\"stale\"").body(rename).patch(path)
                .then().statusCode(412).body("cspdeskCode", equalTo("etag_mismatch"));
        // The 412 told the client to read the resource again; it does, and retries with the same id.
        Response renamed = as("AdminAgent").header("MS-RequestId", requestId).header("If-Match", etag).body(rename)
                .patch(path);
        renamed.then().statusCode(200).body("friendlyName", equalTo("Renamed once"));
        as("AdminAgent").header("MS-RequestId", requestId).header("If-Match", etag).body(rename).patch(path)
                .then().statusCode(200).header("ETag", equalTo(renamed.header("ETag")));
    }

    @Test
    void anotherUsersRequestWithTheSameIdIsNotAnsweredWithTheFirstUsersAnswer() {
        String customer = Fixtures.newCustomer("Shared Id");
        String requestId = UUID.randomUUID().toString();
        as("AdminAgent").header("MS-RequestId", requestId).body(subscriptionBody())
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201);
        as("SalesAgent").header("MS-RequestId", requestId).body(subscriptionBody())
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(409)
                .body("cspdeskCode", equalTo("request_id_reused"));
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().body("items", hasSize(1));
    }

    private static String subscriptionBody() {
        return "{\"offerId\":\"" + Fixtures.M365_E3 + "\",\"friendlyName\":\"Retried\",\"quantity\":1}";
    }

    /** The row a server leaves when it claimed the id and died: having acted or not, lease running or over. */
    private static void claimAsACrashedServerWould(String customer, String requestId, String body, boolean acted,
                                                   String leaseUntil) {
        Database.asOwner("insert into platform.idempotent_request (tenant_id, request_id, caller, method, path,"
                + " body_sha256, claim_token, lease_until, acted) values ('" + PARTNER_TENANT + "', '" + requestId + "',"
                + " 'adminagent@partner.cspdesk.dev', 'POST',"
                + " 'customers/" + customer + "/subscriptions', '" + sha256(body) + "', gen_random_uuid(), "
                + leaseUntil + ", " + acted + ")");
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
