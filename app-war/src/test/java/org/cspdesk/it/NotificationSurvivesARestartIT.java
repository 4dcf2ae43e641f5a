package org.cspdesk.it;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;

/**
 * The outbox holds: a customer's purchase made while the partner's receiver is down is still delivered
 * after the server that took it crashed and a new one started. Runs its own Payara Micro (twice) with
 * the real WAR on a database of its own, so that the suite's server cannot deliver it in its place.
 */
class NotificationSurvivesARestartIT extends IntegrationTest {
    private static final String SECRET = "restart-test-secret-0123456789";
    private static final int PORT = Integer.getInteger("it.restart.http.port", 18999);

    @Test
    void aPurchaseNotificationIsDeliveredAfterTheServerCrashedBeforeDeliveringIt() throws Exception {
        String database = "restart_" + UUID.randomUUID().toString().substring(0, 8);
        createDatabase(database);
        int receiverPort = WebhookReceiver.freePort();
        Process first = startServer(database, "first");
        String orderId;
        try {
            awaitReady(first);
            as("AdminAgent").port(PORT).body(Map.of("url", "http://127.0.0.1:" + receiverPort + "/hook",
                    "secret", SECRET)).put("/v1/notifications/purchaseWebhook").then().statusCode(200);
            String customer = created(as("AdminAgent").port(PORT).body(Fixtures.customerBody(
                    UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com", "Restart Test")), "/v1/customers");
            String domain = as("AdminAgent").port(PORT).get("/v1/customers/" + customer).then().statusCode(200)
                    .extract().path("companyProfile.domain");
            String plan = created(as("AdminAgent").port(PORT).body(Map.of("offerId", Fixtures.AZURE_PLAN,
                    "friendlyName", "Plan", "quantity", 1)), "/v1/customers/" + customer + "/subscriptions");
            String owner = created(as("AdminAgent").port(PORT).body(Map.of("userPrincipalName", "owner@" + domain,
                    "displayName", "Owner")), "/v1/customers/" + customer + "/users");
            created(as("AdminAgent").port(PORT).body(Map.of("userId", owner, "role", "Owner")),
                    "/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments");
            as("AdminAgent").port(PORT).body(Map.of("allowCustomerToPurchase", true))
                    .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);

            orderId = created(asCustomerUser(customer, "owner@" + domain).port(PORT)
                    .body(order(D2S_EASTUS, 1, "P1Y", plan, "single")), "/v1/customers/" + customer + "/orders");
            awaitFailedAttempt(orderId);
        } finally {
            first.destroyForcibly().waitFor();
        }

        try (WebhookReceiver receiver = WebhookReceiver.on(receiverPort)) {
            Process second = startServer(database, "second");
            try {
                awaitReady(second);
                WebhookReceiver.Delivery delivery = receiver.awaitDeliveryContaining(orderId, Duration.ofSeconds(90));
                assertThat(delivery.signedWith(SECRET)).isTrue();
            } finally {
                second.destroyForcibly().waitFor();
            }
        }
    }

    private static void createDatabase(String name) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.db.port") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner cspdesk");
        }
    }

    private static Process startServer(String database, String name) throws Exception {
        Path log = Files.createTempFile("cspdesk-restart-" + name, ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m",
                "-DCSPDESK_DB_URL=jdbc:postgresql://127.0.0.1:" + System.getProperty("it.db.port") + "/" + database,
                "-DCSPDESK_DB_USER=cspdesk", "-DCSPDESK_DB_PASSWORD=cspdesk",
                "-DCSPDESK_PARTNER_TENANT_ID=" + PARTNER_TENANT,
                "-Dmp.jwt.verify.publickey.location=file://" + System.getProperty("it.public.key"),
                "-Dcspdesk.webhook.retry.seconds=1",
                "-jar", System.getProperty("it.micro.jar"), "--nocluster", "--port", String.valueOf(PORT),
                "--prebootcommandfile", bootFile("preboot.asadmin"), "--postbootcommandfile", bootFile("postboot.asadmin"),
                "--deploy", System.getProperty("it.war"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The boot files ./cspdesk run passes: this server runs as the suite's does. */
    private static String bootFile(String name) {
        return Path.of(System.getProperty("it.repository.root"), "app-war", "payara", name).toString();
    }

    private static void awaitReady(Process server) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + server.exitValue());
            }
            try {
                if (anonymous().port(PORT).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) { // RestAssured throws ConnectException unchecked
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro was not ready within 150 s");
    }

    /** Waits until the sender tried and failed (the receiver is not there yet). */
    private static void awaitFailedAttempt(String orderId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            List<Map<String, Object>> items = as("AdminAgent").port(PORT).get("/v1/notifications/purchases")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            boolean tried = items.stream().anyMatch(n -> orderId.equals(n.get("orderId"))
                    && "pending".equals(n.get("status")) && ((Number) n.get("attempts")).intValue() >= 1);
            if (tried) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The first server never tried to deliver the notification of " + orderId);
    }

    private static String created(RequestSpecification request, String path) {
        return request.post(path).then().statusCode(201).extract().path("id");
    }
}
