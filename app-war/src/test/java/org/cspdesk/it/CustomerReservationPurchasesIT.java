package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.amount;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.equalTo;

/** docs/rules.md rules 5, 7 and 9: who may buy reservations on the partner's bill, at which price. */
class CustomerReservationPurchasesIT extends IntegrationTest {

    @AfterEach
    void backToListPrices() {
        Reservations.listPrices();
    }

    @Test
    void theCatalogHasADozenVmSizesInThreeRegionsForOneAndThreeYears() {
        JsonPath catalog = asCustomerUser(java.util.UUID.randomUUID().toString(), "someone@customer.cspdesk.dev").get("/v1/products/reservations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(catalog.getList("items")).hasSize(72);
        assertThat(catalog.getList("items.armSkuName").stream().distinct()).hasSize(12);
        assertThat(catalog.getList("items.armRegionName").stream().distinct())
                .containsExactlyInAnyOrder("eastus", "westeurope", "southeastasia");
        assertThat(catalog.getList("items.term").stream().distinct()).containsExactlyInAnyOrder("P1Y", "P3Y");
        assertThat(catalog.getList("items.price.currency").stream().distinct()).containsExactly("USD");
        as("AdminAgent").get("/v1/products/reservations?armRegionName=westeurope&term=P3Y").then().statusCode(200)
                .body("items.size()", equalTo(12));
    }

    @Test
    void aCustomerUserSeesThePartnersPriceAndNotTheListPrice() {
        as("AdminAgent").body(Map.of("markupPercent", 10, "overrides",
                List.of(Map.of("skuId", Reservations.GPU_SEA, "term", "P1Y", "unitPrice", 1999.99))))
                .put("/v1/pricelist").then().statusCode(200);
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Sees Its Price");

        String body = customer.owner().get("/v1/products/reservations?size=500").then().statusCode(200)
                .extract().asString();
        assertThat(body).as("the partner's cost is not the customer's business").doesNotContain("listPrice");
        List<Map<String, Object>> items = JsonPath.from(body).getList("items");
        assertThat(items).hasSize(72).allSatisfy(item -> assertThat(item).containsKey("price"));
        assertThat(price(items, D2S_EASTUS, "P1Y")).isEqualByComparingTo(listPrice(D2S_EASTUS, "P1Y")
                .multiply(new BigDecimal("1.10")).setScale(2, RoundingMode.HALF_UP));
        assertThat(price(items, Reservations.GPU_SEA, "P1Y")).isEqualByComparingTo("1999.99");
    }

    @Test
    void thePartnerSeesTheListPriceBesideItsOwnPrice() {
        as("AdminAgent").body(Map.of("markupPercent", -20, "overrides",
                List.of(Map.of("skuId", D2S_EASTUS, "term", "P3Y", "unitPrice", 4321.09))))
                .put("/v1/pricelist").then().statusCode(200);

        for (String role : List.of("HelpDeskAgent", "BillingAdmin", "SalesAgent")) {
            List<Map<String, Object>> items = as(role).get("/v1/products/reservations?size=500").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            assertThat(items).hasSize(72).allSatisfy(item -> {
                BigDecimal list = amount(((Map<?, ?>) item.get("listPrice")).get("amount"));
                BigDecimal price = amount(((Map<?, ?>) item.get("price")).get("amount"));
                assertThat(((Map<?, ?>) item.get("price")).get("currency")).isEqualTo("USD");
                if (D2S_EASTUS.equals(item.get("skuId")) && "P3Y".equals(item.get("term"))) {
                    assertThat(price).isEqualByComparingTo("4321.09");
                } else {
                    assertThat(price).isEqualByComparingTo(list.multiply(new BigDecimal("0.80"))
                            .setScale(2, RoundingMode.HALF_UP)).isLessThan(list);
                }
            });
        }
    }

    @Test
    void theCatalogsPriceIsTheUnitPriceAnOrderThenCharges() {
        as("AdminAgent").body(Map.of("markupPercent", 3.33, "overrides",
                List.of(Map.of("skuId", Reservations.GPU_SEA, "term", "P3Y", "unitPrice", 12345.67))))
                .put("/v1/pricelist").then().statusCode(200);
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Pays The Catalog Price");
        List<Map<String, Object>> items = customer.owner().get("/v1/products/reservations?size=500").then()
                .statusCode(200).extract().jsonPath().getList("items");

        JsonPath bought = customer.owner().body(Reservations.order("one_time",
                        Reservations.line(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"),
                        Reservations.line(Reservations.GPU_SEA, 1, "P3Y", customer.plan(), "single")))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().jsonPath();
        JsonPath partners = as("SalesAgent").body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().jsonPath();

        BigDecimal d2s = price(items, D2S_EASTUS, "P1Y");
        assertThat(amount(bought.get("lineItems[0].unitPrice"))).isEqualByComparingTo(d2s);
        assertThat(amount(bought.get("lineItems[0].totalPrice"))).isEqualByComparingTo(d2s);
        assertThat(amount(bought.get("lineItems[1].unitPrice"))).isEqualByComparingTo(price(items,
                Reservations.GPU_SEA, "P3Y")).isEqualByComparingTo("12345.67");
        assertThat(amount(partners.get("totalPrice"))).isEqualByComparingTo(d2s);
    }

    @Test
    void aCustomerUserBuysWhileTheSwitchIsOnAndThePartnerPays() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Self Buyer");
        JsonPath order = customer.owner().body(order(D2S_EASTUS, 2, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().jsonPath();

        assertThat(order.getString("billedTo")).isEqualTo("partner");
        assertThat(order.getString("purchasedBy.operatorType")).isEqualTo("customer");
        assertThat(order.getString("purchasedBy.userPrincipalName")).isEqualTo(customer.ownerUpn());
        BigDecimal unit = Reservations.customerPrice(D2S_EASTUS, "P1Y");
        assertThat(amount(order.get("lineItems[0].unitPrice"))).isEqualByComparingTo(unit);
        assertThat(amount(order.get("totalPrice"))).isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(2)));

        Map<String, Object> record = AuditLog.of(customer.id()).get(0);
        assertThat(record).containsEntry("operationType", "create_order").containsEntry("resourceType", "order")
                .containsEntry("operatorType", "customer").containsEntry("userPrincipalName", customer.ownerUpn())
                .containsEntry("operationStatus", "succeeded").containsEntry("displayName", "Create order");
    }

    @Test
    void theCustomerPaysThePartnersPriceNotTheListPrice() {
        as("BillingAdmin").body(Map.of("markupPercent", 12.5, "overrides",
                        List.of(Map.of("skuId", Reservations.GPU_SEA, "term", "P1Y", "unitPrice", 1999.99))))
                .put("/v1/pricelist").then().statusCode(200);
        BigDecimal list = listPrice(D2S_EASTUS, "P1Y");
        BigDecimal marked = list.multiply(new BigDecimal("1.125")).setScale(2, RoundingMode.HALF_UP);

        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Marked Up");
        JsonPath order = customer.owner().body(Reservations.order("one_time",
                        Reservations.line(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"),
                        Reservations.line(Reservations.GPU_SEA, 3, "P1Y", customer.plan(), "shared")))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().jsonPath();

        assertThat(amount(order.get("lineItems[0].unitPrice"))).isEqualByComparingTo(marked)
                .isNotEqualByComparingTo(list);
        assertThat(amount(order.get("lineItems[1].unitPrice"))).isEqualByComparingTo("1999.99");
        assertThat(amount(order.get("lineItems[1].totalPrice"))).isEqualByComparingTo("5999.97");
        assertThat(amount(order.get("totalPrice"))).isEqualByComparingTo(marked.add(new BigDecimal("5999.97")));
    }

    @Test
    void onlyAdminBillingAndGlobalAdminsMayChangeThePriceList() {
        as("SalesAgent").body(Map.of("markupPercent", 50)).put("/v1/pricelist").then().statusCode(403);
        as("HelpDeskAgent").body(Map.of("markupPercent", 50)).put("/v1/pricelist").then().statusCode(403);
        asCustomerUser(java.util.UUID.randomUUID().toString(), "someone@customer.cspdesk.dev").get("/v1/pricelist").then().statusCode(403);
        as("AdminAgent").get("/v1/pricelist").then().statusCode(200).body("markupPercent", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void aPriceListChangeIsRecordedWithItsOldAndNewPrices() {
        String correlation = UUID.randomUUID().toString();
        as("GlobalAdmin").header("MS-CorrelationId", correlation).body(Map.of("markupPercent", 7))
                .put("/v1/pricelist").then().statusCode(200).body("markupPercent", equalTo(new BigDecimal("7.00")));
        String filter = java.net.URLEncoder.encode("{\"field\":\"OperationType\",\"value\":\"update_price_list\","
                + "\"operator\":\"equals\"}", java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> records = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=2020-01-01&size=500&filter=" + filter).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> mine = records.stream().filter(r -> correlation.equals(r.get("originalCorrelationId")))
                .findFirst().orElseThrow();
        assertThat(mine).containsEntry("resourceType", "price_list").containsEntry("operationStatus", "succeeded");
        assertThat((String) mine.get("resourceNewValue")).contains("\"markupPercent\":7");
    }

    @Test
    void monthlyBillingCostsTheSameTotalAsUpfront() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Pays Monthly");
        BigDecimal[] totals = new BigDecimal[2];
        String[] cycles = {"one_time", "monthly"}; // Partner Center's BillingCycleType: one_time is up front
        for (int i = 0; i < 2; i++) {
            Map<String, Object> line = Reservations.line(D2S_EASTUS, 3, "P3Y", Map.of("subscriptionId", customer.plan()));
            totals[i] = amount(customer.owner().body(Reservations.order(cycles[i], line))
                    .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201)
                    .body("billingCycle", equalTo(cycles[i]))
                    .body("lineItems[0].provisioningContext.scope", equalTo("single"))
                    .extract().path("totalPrice"));
        }
        assertThat(totals[1]).isEqualByComparingTo(totals[0]);
    }

    @Test
    void theSameRequestIdPlacesAnOrderOnce() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Retrier");
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = order(D2S_EASTUS, 1, "P3Y", customer.plan(), "single");
        String first = customer.owner().header("MS-RequestId", requestId).body(body)
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().path("id");
        String again = customer.owner().header("MS-RequestId", requestId).body(body)
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void pricesAreExactToTheCent() {
        as("AdminAgent").body(Map.of("markupPercent", 3.33)).put("/v1/pricelist").then().statusCode(200);
        for (Map<String, Object> price : as("AdminAgent").get("/v1/pricelist").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("prices")) {
            BigDecimal list = amount(((Map<?, ?>) price.get("listPrice")).get("amount"));
            BigDecimal customer = amount(((Map<?, ?>) price.get("customerPrice")).get("amount"));
            assertThat(customer).isEqualByComparingTo(list.multiply(new BigDecimal("1.0333")).setScale(2, RoundingMode.HALF_UP));
            assertThat(customer.scale()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aPriceListWithAnUnknownSkuOrABadMarkupIsRefusedAndChangesNothing() {
        as("AdminAgent").body(Map.of("markupPercent", 5, "overrides", List.of(Map.of("skuId", "NOPE:0001", "term",
                "P1Y", "unitPrice", 10)))).put("/v1/pricelist").then().statusCode(400).body("cspdeskCode", equalTo("unknown_sku"));
        as("AdminAgent").body(Map.of("markupPercent", -100)).put("/v1/pricelist").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_markup"));
        as("AdminAgent").body(Map.of("markupPercent", 5, "overrides", List.of(Map.of("skuId", D2S_EASTUS, "term",
                "P1Y", "unitPrice", 1.234)))).put("/v1/pricelist").then().statusCode(400);
        as("AdminAgent").get("/v1/pricelist").then().statusCode(200).body("markupPercent", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void aMarkupWithMoreThanTwoDecimalsOrAnAbsurdExponentIsRefusedBrieflyAndRecorded() {
        String correlation = UUID.randomUUID().toString();
        // 1e100000 once came back as a 100,000-digit detail (1e1000000000 ran the server out of memory), and
        // 5e-1000000000 was a 500 from the rounding. The absurd ones are refused as they are read, the
        // merely too precise one by the price list's own rule.
        Map<String, String> refusals = Map.of("1e100000", "malformed_body", "5e-1000000000", "malformed_body",
                "5.555", "validation_failed");
        refusals.forEach((markup, code) -> as("AdminAgent").header("MS-CorrelationId", correlation)
                .body("{\"markupPercent\": " + markup + "}")
                .put("/v1/pricelist").then().statusCode(400).body("cspdeskCode", equalTo(code))
                .body("detail.length()", org.hamcrest.Matchers.lessThan(300)));
        as("AdminAgent").get("/v1/pricelist").then().statusCode(200).body("markupPercent", equalTo(new BigDecimal("0.00")));
        String filter = java.net.URLEncoder.encode("{\"field\":\"OperationType\",\"value\":\"update_price_list\","
                + "\"operator\":\"equals\"}", java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> records = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=2020-01-01&size=500&filter=" + filter).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(records).filteredOn(r -> correlation.equals(r.get("originalCorrelationId")))
                .hasSize(3).allMatch(r -> "failed".equals(r.get("operationStatus")));
    }

    /** The {@code price} amount of that SKU and term among catalog items. */
    private static BigDecimal price(List<Map<String, Object>> items, String skuId, String term) {
        return items.stream().filter(i -> skuId.equals(i.get("skuId")) && term.equals(i.get("term")))
                .map(i -> amount(((Map<?, ?>) i.get("price")).get("amount"))).findFirst().orElseThrow();
    }

    private static BigDecimal listPrice(String skuId, String term) {
        List<Map<String, Object>> items = as("AdminAgent").get("/v1/products/reservations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> skuId.equals(i.get("skuId")) && term.equals(i.get("term")))
                .map(i -> amount(((Map<?, ?>) i.get("listPrice")).get("amount"))).findFirst().orElseThrow();
    }
}
