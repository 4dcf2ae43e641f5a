package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code ./cspdesk run --demo} loads {@code scripts/demo-data.sh}: it must leave a customer whose users may
 * buy and did buy on the partner's bill. The script fails only on a 5xx, so a refused order would
 * otherwise go unnoticed until someone opened the demo.
 */
class DemoDataIT extends IntegrationTest {

    @AfterEach
    void backToListPrices() {
        Reservations.listPrices(); // the demo sets the partner's prices; other tests start from list prices
    }

    @Test
    void theDemoDataHasACustomerReadyToBeSwitchedOnWithPurchasesOfItsOwn() throws Exception {
        loadDemoData();

        String contoso = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/customers?filter=" + Fixtures.encodedCustomerFilter("Domain", "contoso-demo")).then()
                .statusCode(200).extract().path("items[0].id");
        // Its Owner bought while the switch was on; the partner turned it off since: ready to be turned on.
        as("AdminAgent").get("/v1/customers/" + contoso + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(false))
                .body("azureReservations.prerequisites.met", equalTo(true));
        assertThat(AuditLog.operations(contoso, "succeeded"))
                .containsSubsequence("create_self_serve_policy", "delete_self_serve_policy");
        JsonPath orders = as("AdminAgent").get("/v1/customers/" + contoso + "/orders").then().statusCode(200)
                .extract().jsonPath();
        List<String> buyers = orders.getList("items.purchasedBy.operatorType");
        assertThat(buyers).contains("customer", "partner");
        assertThat(orders.getList("items.billedTo")).containsOnly("partner");
        as("AdminAgent").get("/v1/customers/" + contoso + "/reservations").then().statusCode(200)
                .body("items.size()", equalTo(buyers.size()));
        List<Map<String, Object>> report = as("AdminAgent").get("/v1/reports/selfServe?startDate=2020-01-01&size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(report).filteredOn(row -> contoso.equals(row.get("customerId"))).singleElement()
                .satisfies(row -> assertThat(String.valueOf(row.get("customerOrders"))).isEqualTo("2"));
    }

    private static void loadDemoData() throws Exception {
        File root = new File(System.getProperty("it.repository.root"));
        ProcessBuilder script = new ProcessBuilder("bash", "scripts/demo-data.sh",
                "http://localhost:" + Integer.getInteger("it.http.port", 8080))
                .directory(root).redirectErrorStream(true);
        script.environment().put("CSPDESK_HOME", System.getProperty("it.home"));
        script.environment().put("CSPDESK_PARTNER_TENANT_ID", PARTNER_TENANT);
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("demo data script finished").isTrue();
        assertThat(process.exitValue()).as("demo data script: " + output).isZero();
    }
}
