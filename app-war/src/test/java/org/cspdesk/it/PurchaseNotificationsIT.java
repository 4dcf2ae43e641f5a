package org.cspdesk.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.equalTo;

/** Beyond Partner Center: a partner that asks for it hears of every purchase its customers make themselves. */
class PurchaseNotificationsIT extends IntegrationTest {
    private static final String SECRET = "a-secret-of-the-partner-0123456789";

    @AfterEach
    void noWebhook() {
        as("AdminAgent").delete("/v1/notifications/purchaseWebhook");
    }

    @Test
    void notificationsAreOffUntilThePartnerRegistersAWebhook() {
        as("AdminAgent").get("/v1/notifications/purchaseWebhook").then().statusCode(404)
                .body("cspdeskCode", equalTo("webhook_not_found"));
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Unheard");
        String orderId = customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().path("id");
        assertThat(notifiedOrders()).doesNotContain(orderId);
    }

    @Test
    void aCustomersOwnPurchaseIsDeliveredSignedWithThePartnersSecretAndRetriedUntilAccepted() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.on(0)) {
            receiver.failNext(1);
            as("AdminAgent").body(Map.of("url", receiver.url(), "secret", SECRET))
                    .put("/v1/notifications/purchaseWebhook").then().statusCode(200)
                    .body("enabled", equalTo(true)).body("secretSet", equalTo(true));
            as("AdminAgent").get("/v1/notifications/purchaseWebhook").then().statusCode(200)
                    .body("url", equalTo(receiver.url())).body("$", org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.hasKey("secret")));

            Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Heard Of");
            String orderId = customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                    .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().path("id");
            String partnerOrder = as("AdminAgent").body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                    .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().path("id");

            WebhookReceiver.Delivery delivery = receiver.awaitDeliveryContaining(orderId, Duration.ofSeconds(60));
            assertThat(delivery.signedWith(SECRET)).isTrue();
            assertThat(delivery.signedWith("another-secret-0123456789")).isFalse();
            assertThat(delivery.body()).contains(customer.ownerUpn()).contains("reservation.purchased");

            Map<String, Object> notification = notification(orderId);
            assertThat(notification).containsEntry("status", "delivered").containsEntry("id", delivery.deliveryId());
            List<Map<String, Object>> attempts = (List<Map<String, Object>>) notification.get("deliveryAttempts");
            assertThat(attempts).extracting(a -> a.get("httpStatus")).containsExactly(503, 204);
            assertThat(notifiedOrders()).doesNotContain(partnerOrder);
        }
    }

    @Test
    void onlyAdminsManageTheWebhookAndBadAddressesAreRefused() {
        as("SalesAgent").body(Map.of("url", "http://127.0.0.1:9/hook", "secret", SECRET))
                .put("/v1/notifications/purchaseWebhook").then().statusCode(403);
        asCustomerUser(java.util.UUID.randomUUID().toString(), "someone@customer.cspdesk.dev").get("/v1/notifications/purchases").then().statusCode(403);
        as("AdminAgent").body(Map.of("url", "ftp://example.com/hook", "secret", SECRET))
                .put("/v1/notifications/purchaseWebhook").then().statusCode(400).body("cspdeskCode", equalTo("invalid_url"));
        as("AdminAgent").body(Map.of("url", "http://127.0.0.1:9/hook"))
                .put("/v1/notifications/purchaseWebhook").then().statusCode(400).body("cspdeskCode", equalTo("secret_required"));
        as("AdminAgent").body(Map.of("url", "http://127.0.0.1:9/hook", "secret", "short"))
                .put("/v1/notifications/purchaseWebhook").then().statusCode(400);
        as("AdminAgent").get("/v1/notifications/purchaseWebhook").then().statusCode(404);
    }

    private static List<String> notifiedOrders() {
        return as("AdminAgent").get("/v1/notifications/purchases?size=500").then().statusCode(200).extract()
                .jsonPath().getList("items.orderId");
    }

    private static Map<String, Object> notification(String orderId) {
        List<Map<String, Object>> items = as("AdminAgent").get("/v1/notifications/purchases?size=500").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(n -> orderId.equals(n.get("orderId"))).findFirst().orElseThrow();
    }
}
