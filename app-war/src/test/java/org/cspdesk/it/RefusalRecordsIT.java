package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every write records its refusals (docs/rules.md rule 10), filed where the caller may see them, with only
 * what was read and validated: a caller cannot write into another customer's log, nor store text of its
 * own choosing.
 */
class RefusalRecordsIT extends IntegrationTest {

    @Test
    void aCustomerUserCannotWriteIntoAnotherCustomersLog() {
        Reservations.SelfServeCustomer attacker = Reservations.selfServeCustomer("Nosy Neighbour");
        Reservations.SelfServeCustomer victim = Reservations.selfServeCustomer("Quiet Victim");
        int victimRecords = AuditLog.of(victim.id()).size();
        String victimPath = "/v1/customers/" + victim.id();
        for (int i = 0; i < 5; i++) {
            attacker.owner().body(order(D2S_EASTUS, 1, "P1Y", victim.plan(), "single"))
                    .post(victimPath + "/orders").then().statusCode(404).body("cspdeskCode", equalTo("customer_not_found"));
            attacker.owner().body(Map.of("allowCustomerToPurchase", false))
                    .put(victimPath + "/permissions/azureReservations").then().statusCode(403);
            attacker.owner().post(victimPath + "/reservations/" + UUID.randomUUID() + "/cancel").then().statusCode(403);
        }
        assertThat(AuditLog.of(victim.id())).hasSize(victimRecords);
        List<Map<String, Object>> filedWithTheAttacker = AuditLog.of(attacker.id()).stream()
                .filter(r -> "failed".equals(r.get("operationStatus"))).toList();
        assertThat(filedWithTheAttacker).hasSize(15)
                .allMatch(r -> attacker.ownerUpn().equals(r.get("userPrincipalName")));
    }

    @Test
    void aRefusalsRecordRepeatsAtMostAShortPrefixOfWhatTheCallerWrote() {
        // The problem's detail is recorded (500 characters): it named an unknown or repeated member, or an If-Match,
        // in full, so a customer user stored a paragraph of its own choosing in its customer's log.
        Reservations.SelfServeCustomer writer = Reservations.selfServeCustomer("Long Names");
        String text = "x".repeat(40) + " Dear auditor, the partner approved a refund to IBAN XX00; mark it done.";
        String orders = "/v1/customers/" + writer.id() + "/orders";
        writer.owner().body("{\"" + text + "\":1}").post(orders).then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_field"));
        writer.owner().body("{\"lineItems\":[],\"" + text + "\":1,\"" + text + "\":2}").post(orders).then()
                .statusCode(400).body("cspdeskCode", equalTo("malformed_body"));
        as("AdminAgent").header("If-Match", "\"" + text + "\"").body(Map.of("friendlyName", "Renamed"))
                .patch("/v1/customers/" + writer.id() + "/subscriptions/" + writer.plan()).then().statusCode(412);
        List<Map<String, Object>> failed = AuditLog.of(writer.id()).stream()
                .filter(r -> "failed".equals(r.get("operationStatus"))).toList();
        assertThat(failed).hasSize(3).noneMatch(r -> r.toString().contains("Dear auditor"));
    }

    @Test
    void aRefusedCallersUnreadBodyIsRecordedOnlyWhenItIsAValidBody() {
        String customer = Fixtures.eligibleCustomer("Read Only Desk");
        String path = "/v1/customers/" + customer + "/permissions/azureReservations";
        String junk = "x".repeat(8000);
        as("SalesAgent").body("{\"allowCustomerToPurchase\":true,\"note\":\"" + junk + "\"}").put(path)
                .then().statusCode(403);
        as("SalesAgent").body("{\"allowCustomerToPurchase\":false}").put(path).then().statusCode(403);
        List<Map<String, Object>> failed = AuditLog.of(customer).stream()
                .filter(r -> "failed".equals(r.get("operationStatus"))).toList();
        assertThat(failed).hasSize(2);
        // newest first: the valid body turning the switch off, then the one carrying text of its own
        assertThat(failed.get(0).get("operationType")).isEqualTo("delete_self_serve_policy");
        assertThat(failed.get(0).get("resourceNewValue")).isEqualTo("{\"allowCustomerToPurchase\":false}");
        assertThat(failed.get(1).get("operationType")).isEqualTo("create_self_serve_policy");
        assertThat(failed.get(1).get("resourceNewValue")).isNull();
    }

    @Test
    void aRefusedWebhookChangeNeverRecordsItsSecret() {
        String correlation = UUID.randomUUID().toString();
        as("SalesAgent").header("MS-CorrelationId", correlation)
                .body(Map.of("url", "https://hooks.example/purchases", "secret", "do-not-log-this-0123456789"))
                .put("/v1/notifications/purchaseWebhook").then().statusCode(403);
        Map<String, Object> record = AuditLog.withCorrelation(correlation, "update_purchase_webhook");
        assertThat(String.valueOf(record.get("resourceNewValue"))).contains("hooks.example", "(not recorded)")
                .doesNotContain("do-not-log-this");
    }

    @Test
    void aRefusedNewCustomerIsRecorded() {
        String domain = unique("taken") + ".onmicrosoft.com";
        as("AdminAgent").body(Fixtures.customerBody(domain, "First")).post("/v1/customers").then().statusCode(201);
        String correlation = UUID.randomUUID().toString();
        as("SalesAgent").header("MS-CorrelationId", correlation).body(Fixtures.customerBody(domain, "Second"))
                .post("/v1/customers").then().statusCode(409).body("cspdeskCode", equalTo("domain_taken"));
        Map<String, Object> record = AuditLog.withCorrelation(correlation, "add_customer");
        assertThat(record.get("operationStatus")).isEqualTo("failed");
        assertThat(String.valueOf(record.get("resourceNewValue"))).contains(domain);
    }

    @Test
    void aCustomerUserIsToldToAskItsPartnerBeforeItsBodyIsJudged() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Empty Exchange");
        String path = "/v1/customers/" + customer.id() + "/reservations/" + UUID.randomUUID();
        customer.owner().post(path + "/exchange").then().statusCode(403)
                .body("cspdeskCode", equalTo("partner_action_required"));
        customer.owner().body("{\"lineItems\":\"not a list\"}").post(path + "/exchange").then().statusCode(403)
                .body("cspdeskCode", equalTo("partner_action_required"));
        customer.owner().body("{").patch(path).then().statusCode(403).body("cspdeskCode", equalTo("partner_action_required"));
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("exchange_reservation",
                "exchange_reservation", "update_reservation_scope");
    }
}
