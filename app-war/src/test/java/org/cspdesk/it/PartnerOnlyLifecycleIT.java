package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.GPU_SEA;
import static org.cspdesk.it.Reservations.amount;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** docs/rules.md rules 6 and 8, and the refund cap: what only the partner may do once a reservation is bought. */
class PartnerOnlyLifecycleIT extends IntegrationTest {

    @AfterEach
    void backToListPrices() {
        Reservations.listPrices();
    }

    @Test
    void aCustomerUserCannotCancelExchangeRenewOrRescopeAndIsToldToAskItsPartner() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Asks Partner");
        String reservation = buy(customer, D2S_EASTUS, 1, "P1Y", "single");
        String path = "/v1/customers/" + customer.id() + "/reservations/" + reservation;
        customer.owner().post(path + "/cancel").then().statusCode(403)
                .body("cspdeskCode", equalTo("partner_action_required")).body("detail", containsString("Ask your partner"));
        customer.owner().body(order(D2S_EASTUS, 2, "P1Y", customer.plan(), "single")).post(path + "/exchange")
                .then().statusCode(403).body("cspdeskCode", equalTo("partner_action_required"));
        customer.owner().post(path + "/renew").then().statusCode(403).body("cspdeskCode", equalTo("partner_action_required"));
        customer.owner().body(Map.of("scope", "shared")).patch(path).then().statusCode(403)
                .body("cspdeskCode", equalTo("partner_action_required"));

        customer.owner().get(path).then().statusCode(200).body("status", equalTo("active"))
                .body("scope", equalTo("single"));
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("cancel_reservation",
                "exchange_reservation", "renew_reservation", "update_reservation_scope");
    }

    @Test
    void cancellingRefundsTheRemainingCommitment() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cancels");
        JsonPath order = placeOrder(customer, D2S_EASTUS, 3, "P1Y", "single");
        String reservation = order.getString("lineItems[0].reservationId");
        BigDecimal paid = amount(order.get("totalPrice"));

        JsonPath cancelled = as("AdminAgent").post("/v1/customers/" + customer.id() + "/reservations/" + reservation
                + "/cancel").then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("reservation.status")).isEqualTo("cancelled");
        assertThat(cancelled.getList("reservation.appliedScopes")).isEmpty();
        BigDecimal refund = amount(cancelled.get("refund.amount"));
        assertThat(refund).isLessThanOrEqualTo(paid).isGreaterThan(paid.subtract(new BigDecimal("0.05")));

        as("AdminAgent").post("/v1/customers/" + customer.id() + "/reservations/" + reservation + "/cancel")
                .then().statusCode(409).body("cspdeskCode", equalTo("reservation_not_active"));
        Map<String, Object> record = AuditLog.of(customer.id()).stream()
                .filter(r -> "cancel_reservation".equals(r.get("operationType"))
                        && "succeeded".equals(r.get("operationStatus"))).findFirst().orElseThrow();
        assertThat(record).containsEntry("operatorType", "partner").containsEntry("resourceType", "reservation");
    }

    @Test
    void aRefundIsAtTheLowerOfThePurchaseAndTheCurrentPrice() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Price Dropped");
        String reservation = buy(customer, D2S_EASTUS, 2, "P1Y", "single");
        as("AdminAgent").body(Map.of("markupPercent", 0, "overrides", List.of(Map.of("skuId", D2S_EASTUS,
                "term", "P1Y", "unitPrice", 100)))).put("/v1/pricelist").then().statusCode(200);
        BigDecimal refund = amount(as("AdminAgent").post("/v1/customers/" + customer.id() + "/reservations/"
                + reservation + "/cancel").then().statusCode(200).extract().path("refund.amount"));
        assertThat(refund).isLessThanOrEqualTo(new BigDecimal("200.00")).isGreaterThan(new BigDecimal("199.90"));
    }

    @Test
    void cancelledCommitmentIsCappedAt50000DollarsPerCustomerPerTwelveMonths() {
        String customer = Fixtures.newCustomer("Big Refunds");
        String plan = Fixtures.newAzurePlan(customer);
        BigDecimal unit = Reservations.customerPrice(GPU_SEA, "P3Y");
        int quantity = new BigDecimal("30000").divide(unit, 0, java.math.RoundingMode.UP).intValue(); // just over 30,000 USD
        String first = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String second = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String path = "/v1/customers/" + customer + "/reservations/";

        as("AdminAgent").post(path + first + "/cancel").then().statusCode(200);
        as("AdminAgent").post(path + second + "/cancel").then().statusCode(409)
                .body("cspdeskCode", equalTo("refund_limit_exceeded")).body("detail", containsString("50000.00 USD"));
        as("AdminAgent").get(path + second).then().statusCode(200).body("status", equalTo("active"));
        assertThat(AuditLog.operations(customer, "failed")).containsExactly("cancel_reservation");
    }

    @Test
    void theCapCountsOnlyTheLastTwelveMonthsOfCancellations() {
        String customer = Fixtures.newCustomer("Rolling Year");
        String plan = Fixtures.newAzurePlan(customer);
        int quantity = quantityWorth(new BigDecimal("30000"));
        String first = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String second = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String path = "/v1/customers/" + customer + "/reservations/";
        as("AdminAgent").post(path + first + "/cancel").then().statusCode(200);

        cancelledAgo(first, "11 months");
        as("AdminAgent").post(path + second + "/cancel").then().statusCode(409)
                .body("cspdeskCode", equalTo("refund_limit_exceeded"));
        cancelledAgo(first, "12 months 1 day");
        as("AdminAgent").post(path + second + "/cancel").then().statusCode(200);
    }

    @Test
    void anExchangeDoesNotCountTowardTheRefundCap() {
        String customer = Fixtures.newCustomer("Exchange Then Cancel");
        String plan = Fixtures.newAzurePlan(customer);
        int quantity = quantityWorth(new BigDecimal("30000"));
        String exchanged = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String cancelled = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String path = "/v1/customers/" + customer + "/reservations/";

        as("AdminAgent").body(order(GPU_SEA, quantity, "P3Y", plan, "shared")).post(path + exchanged + "/exchange")
                .then().statusCode(200);
        // Had the exchange's 30,000 USD counted, this second 30,000 USD would go over the 50,000 USD cap.
        as("AdminAgent").post(path + cancelled + "/cancel").then().statusCode(200);
    }

    @Test
    void cancellationsAtTheSameInstantNeverTogetherGoBeyondTheCap() throws Exception {
        String customer = Fixtures.newCustomer("Racing Refunds");
        String plan = Fixtures.newAzurePlan(customer);
        BigDecimal unit = Reservations.customerPrice(GPU_SEA, "P3Y");
        int quantity = new BigDecimal("10000").divide(unit, 0, java.math.RoundingMode.UP).intValue();
        BigDecimal each = unit.multiply(BigDecimal.valueOf(quantity));
        int fitUnderTheCap = new BigDecimal("50000").divide(each, 0, java.math.RoundingMode.DOWN).intValue();
        List<String> reservations = new java.util.ArrayList<>();
        for (int i = 0; i < fitUnderTheCap + 3; i++) {
            reservations.add(partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y"));
        }

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(reservations.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String reservation : reservations) {
                answers.add(pool.submit(() -> as("AdminAgent").post("/v1/customers/" + customer + "/reservations/"
                        + reservation + "/cancel").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(fitUnderTheCap);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExchangeReturnsTheCommitmentTowardANewPurchaseOfAtLeastTheSameValueAndIsNotCapped() {
        String customer = Fixtures.newCustomer("Exchanges");
        String plan = Fixtures.newAzurePlan(customer);
        BigDecimal unit = Reservations.customerPrice(GPU_SEA, "P3Y");
        int quantity = new BigDecimal("60000").divide(unit, 0, java.math.RoundingMode.UP).intValue(); // over the cap
        String reservation = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String path = "/v1/customers/" + customer + "/reservations/" + reservation;

        as("AdminAgent").body(order(D2S_EASTUS, 1, "P1Y", plan, "single")).post(path + "/exchange").then()
                .statusCode(409).body("cspdeskCode", equalTo("exchange_value_too_low"));
        JsonPath exchanged = as("AdminAgent").body(order(GPU_SEA, quantity + 1, "P3Y", plan, "shared"))
                .post(path + "/exchange").then().statusCode(200).extract().jsonPath();
        assertThat(exchanged.getString("returned.status")).isEqualTo("exchanged");
        assertThat(exchanged.getString("order.kind")).isEqualTo("exchange");
        assertThat(amount(exchanged.get("order.totalPrice")))
                .isGreaterThanOrEqualTo(amount(exchanged.get("returnedValue.amount")));
        assertThat(AuditLog.operations(customer, "succeeded")).containsSubsequence("create_order", "create_order",
                "exchange_reservation");
    }

    @Test
    void renewingBuysTheSameReservationAgainFromItsExpiryOnce() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Renews");
        String reservation = buy(customer, D2S_EASTUS, 2, "P1Y", "shared");
        String path = "/v1/customers/" + customer.id() + "/reservations/" + reservation;
        JsonPath renewed = as("AdminAgent").post(path + "/renew").then().statusCode(200).extract().jsonPath();

        String renewal = renewed.getString("renewalOrder.lineItems[0].reservationId");
        assertThat(renewed.getString("reservation.renewedBy")).isEqualTo(renewal);
        assertThat(renewed.getString("renewalOrder.kind")).isEqualTo("renewal");
        JsonPath next = as("AdminAgent").get("/v1/customers/" + customer.id() + "/reservations/" + renewal)
                .then().statusCode(200).extract().jsonPath();
        assertThat(OffsetDateTime.parse(next.getString("startDate")))
                .isEqualTo(OffsetDateTime.parse(renewed.getString("reservation.expiryDate")));
        assertThat(next.getInt("quantity")).isEqualTo(2);
        assertThat(next.getString("scope")).isEqualTo("shared");
        assertThat(next.getList("appliedScopes")).as("no discount before it starts").isEmpty();
        assertThat(renewed.getList("reservation.appliedScopes")).containsExactly(customer.plan());

        as("AdminAgent").post(path + "/renew").then().statusCode(409).body("cspdeskCode", equalTo("already_renewed"));
    }

    @Test
    void thePartnerChangesTheScopeAndTheChangeIsRecorded() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Rescoped");
        String reservation = buy(customer, D2S_EASTUS, 1, "P1Y", "single");
        String path = "/v1/customers/" + customer.id() + "/reservations/" + reservation;
        String etag = as("AdminAgent").get(path).then().statusCode(200).extract().header("ETag");

        as("AdminAgent").header("If-Match", etag).body(Map.of("scope", "resourceGroup", "resourceGroup", "rg-data"))
                .patch(path).then().statusCode(200).body("scope", equalTo("resourceGroup"))
                .body("resourceGroup", equalTo("rg-data"));
        as("AdminAgent").header("If-Match", etag).body(Map.of("scope", "shared")).patch(path).then().statusCode(412);
        as("AdminAgent").body(Map.of("scope", "shared", "resourceGroup", "rg-data")).patch(path).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_resource_group"));

        Map<String, Object> record = AuditLog.of(customer.id()).stream()
                .filter(r -> "update_reservation_scope".equals(r.get("operationType"))
                        && "succeeded".equals(r.get("operationStatus"))).findFirst().orElseThrow();
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("update_reservation_scope",
                "update_reservation_scope");
        assertThat((String) record.get("resourceOldValue")).contains("single");
        assertThat((String) record.get("resourceNewValue")).contains("rg-data");
    }

    @Test
    void aSharedReservationAppliesToEveryActiveAzureSubscriptionOfTheCustomerAsTheyChange() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Shared Scope");
        String reservation = buy(customer, D2S_EASTUS, 1, "P1Y", "shared");
        String path = "/v1/customers/" + customer.id() + "/reservations/" + reservation;
        assertThat(appliedScopes(path)).containsExactly(customer.plan());

        String global = Fixtures.buy(customer.id(), Fixtures.AZURE_GLOBAL, 1);
        Fixtures.buy(customer.id(), Fixtures.M365_E3, 5);
        assertThat(appliedScopes(path)).containsExactly(customer.plan(), global);

        Fixtures.setStatus(customer.id(), customer.plan(), "suspended");
        assertThat(appliedScopes(path)).containsExactly(global);
        Fixtures.setStatus(customer.id(), global, "deleted");
        assertThat(appliedScopes(path)).isEmpty();
        Fixtures.setStatus(customer.id(), customer.plan(), "active");
        assertThat(appliedScopes(path)).containsExactly(customer.plan());
    }

    @Test
    void orderHistoryAndReservationsShowPartnerAndCustomerPurchasesTogether() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Both Buy");
        placeOrder(customer, D2S_EASTUS, 1, "P1Y", "single");
        partnerBuys(customer.id(), customer.plan(), GPU_SEA, 1, "P3Y");
        placeOrder(customer, D2S_EASTUS, 2, "P3Y", "shared");

        JsonPath history = customer.owner().get("/v1/customers/" + customer.id() + "/orders?size=2").then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.purchasedBy.operatorType")).containsExactly("customer", "partner");
        JsonPath rest = customer.owner().get("/v1/customers/" + customer.id() + "/orders?size=2&continuationToken="
                + history.getString("continuationToken")).then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.purchasedBy.operatorType")).containsExactly("customer");
        assertThat(rest.getString("continuationToken")).isNull();

        as("HelpDeskAgent").get("/v1/customers/" + customer.id() + "/reservations").then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items.purchasedBy.operatorType", equalTo(List.of("customer", "partner", "customer")));
    }

    @Test
    void theRefundIsShownBeforeCancellingAndCancellingRefundsExactlyThat() {
        String customer = Fixtures.newCustomer("Previews A Refund");
        String plan = Fixtures.newAzurePlan(customer);
        String kept = partnerBuys(customer, plan, D2S_EASTUS, 1, "P1Y");
        String renewed = partnerBuys(customer, plan, D2S_EASTUS, 2, "P1Y");
        String path = "/v1/customers/" + customer + "/reservations/";
        // A renewal that has not started refunds all of its commitment whatever the second: the preview and the
        // cancellation that follows it agree to the cent (a running one's refund shrinks by the second).
        String renewal = as("AdminAgent").post(path + renewed + "/renew").then().statusCode(200).extract()
                .path("renewalOrder.lineItems[0].reservationId");
        JsonPath before = preview(customer, kept, "AdminAgent");

        JsonPath preview = preview(customer, renewal, "SalesAgent");
        BigDecimal refund = amount(preview.get("refund.amount"));
        assertThat(preview.getString("reservationId")).isEqualTo(renewal);
        assertThat(refund).isEqualByComparingTo(Reservations.customerPrice(D2S_EASTUS, "P1Y")
                .multiply(BigDecimal.valueOf(2)));
        assertThat(preview.getString("refund.currency")).isEqualTo("USD");
        assertThat(amount(preview.get("refundLimit.amount"))).isEqualByComparingTo("50000");
        assertThat(amount(preview.get("cancelledLast12Months.amount"))).isEqualByComparingTo("0");
        assertThat(amount(preview.get("left.amount"))).isEqualByComparingTo("50000");
        assertThat(preview.getBoolean("allowed")).isTrue();
        assertThat(preview.getString("attributes.objectType")).isEqualTo("CancellationPreview");
        as("AdminAgent").get(path + renewal).then().statusCode(200).body("status", equalTo("active"));
        assertThat(AuditLog.operations(customer, "succeeded")).doesNotContain("cancel_reservation");

        BigDecimal refunded = amount(as("GlobalAdmin").post(path + renewal + "/cancel").then().statusCode(200)
                .extract().path("refund.amount"));
        assertThat(refunded).isEqualByComparingTo(refund);
        JsonPath after = preview(customer, kept, "AdminAgent");
        assertThat(amount(after.get("left.amount")))
                .isEqualByComparingTo(amount(before.get("left.amount")).subtract(refund));
        assertThat(amount(after.get("cancelledLast12Months.amount"))).isEqualByComparingTo(refund);

        as("AdminAgent").get(path + renewal + "/cancellation").then().statusCode(409)
                .body("cspdeskCode", equalTo("reservation_not_active"));
        as("AdminAgent").get(path + java.util.UUID.randomUUID() + "/cancellation").then().statusCode(404)
                .body("cspdeskCode", equalTo("reservation_not_found"));
        as("HelpDeskAgent").get(path + kept + "/cancellation").then().statusCode(403);
    }

    @Test
    void aPreviewOverTheCapSaysNotAllowed() {
        String customer = Fixtures.newCustomer("Preview Over Cap");
        String plan = Fixtures.newAzurePlan(customer);
        int quantity = quantityWorth(new BigDecimal("30000"));
        String first = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String second = partnerBuys(customer, plan, GPU_SEA, quantity, "P3Y");
        String path = "/v1/customers/" + customer + "/reservations/";
        BigDecimal cancelled = amount(as("AdminAgent").post(path + first + "/cancel").then().statusCode(200)
                .extract().path("refund.amount"));

        JsonPath preview = preview(customer, second, "AdminAgent");
        assertThat(preview.getBoolean("allowed")).isFalse();
        assertThat(amount(preview.get("refundLimit.amount"))).isEqualByComparingTo("50000");
        assertThat(amount(preview.get("cancelledLast12Months.amount"))).isEqualByComparingTo(cancelled);
        assertThat(amount(preview.get("left.amount")))
                .isEqualByComparingTo(new BigDecimal("50000").subtract(cancelled))
                .isLessThan(amount(preview.get("refund.amount")));
        as("AdminAgent").post(path + second + "/cancel").then().statusCode(409)
                .body("cspdeskCode", equalTo("refund_limit_exceeded"));

        // More cancelled than the limit (a lowered cap): nothing is left, never less than nothing.
        Database.asOwner("update reservations.refund set amount = 60000 where reservation_id = '" + first + "'");
        JsonPath overdrawn = preview(customer, second, "AdminAgent");
        assertThat(amount(overdrawn.get("left.amount"))).isEqualByComparingTo("0");
        assertThat(amount(overdrawn.get("cancelledLast12Months.amount"))).isEqualByComparingTo("60000");
        assertThat(overdrawn.getBoolean("allowed")).isFalse();
        as("AdminAgent").get(path + second).then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void aCustomerUserGetsNoPreview() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("No Preview");
        String reservation = buy(customer, D2S_EASTUS, 1, "P1Y", "single");
        customer.owner().get("/v1/customers/" + customer.id() + "/reservations/" + reservation + "/cancellation")
                .then().statusCode(403).body("cspdeskCode", equalTo("partner_action_required"))
                .body("detail", containsString("Ask your partner"));
        assertThat(AuditLog.operations(customer.id(), "failed")).as("a read is not recorded").isEmpty();
        preview(customer.id(), reservation, "AdminAgent");
    }

    @Test
    void orderHistoryFiltersByWhoPurchased() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Filters Purchasers");
        String firstOwn = placeOrder(customer, D2S_EASTUS, 1, "P1Y", "single").getString("id");
        String partners = as("AdminAgent").body(order(GPU_SEA, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().path("id");
        String secondOwn = placeOrder(customer, D2S_EASTUS, 2, "P3Y", "shared").getString("id");
        String orders = "/v1/customers/" + customer.id() + "/orders";

        as("HelpDeskAgent").get(orders + "?purchasedBy=partner").then().statusCode(200)
                .body("items.id", equalTo(List.of(partners))).body("totalCount", equalTo(1));
        customer.owner().get(orders + "?purchasedBy=PARTNER").then().statusCode(200)
                .body("items.id", equalTo(List.of(partners)));
        JsonPath own = customer.owner().get(orders + "?purchasedBy=Customer&size=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(own.getList("items.id")).containsExactly(secondOwn);
        assertThat(own.getString("links.next.uri")).contains("purchasedBy=Customer");
        String token = own.getString("continuationToken");

        JsonPath rest = customer.owner().header("MS-ContinuationToken", token).get(orders + "?seekOperation=Next")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.id")).as("the token keeps the filter").containsExactly(firstOwn);
        assertThat(rest.getString("continuationToken")).isNull();
        customer.owner().get(orders + "?purchasedBy=customer&size=1&continuationToken=" + token).then()
                .statusCode(200).body("items.id", equalTo(List.of(firstOwn)));
        customer.owner().get(orders + "?purchasedBy=partner&size=1&continuationToken=" + token).then()
                .statusCode(400).body("cspdeskCode", equalTo("invalid_continuation_token"));
        customer.owner().get(orders + "?size=1&continuationToken=" + as("AdminAgent").get(orders + "?size=1")
                .then().extract().path("continuationToken") + "&purchasedBy=customer").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_continuation_token"));
        as("AdminAgent").get(orders).then().statusCode(200)
                .body("items.id", equalTo(List.of(secondOwn, partners, firstOwn)));
    }

    @Test
    void anOrderHistoryFilterOtherThanPartnerOrCustomerIsRefused() {
        String customer = Fixtures.newCustomer("Bad Purchaser Filter");
        for (String value : List.of("system", "someone", "")) {
            as("AdminAgent").get("/v1/customers/" + customer + "/orders?purchasedBy=" + value).then().statusCode(400)
                    .body("cspdeskCode", equalTo("invalid_value")).body("detail", containsString("purchasedBy"));
        }
    }

    @Test
    void theFilteredOrderHistoryIsReadThroughItsIndex() throws Exception {
        String plan;
        try (java.sql.Connection connection = Database.connect(Database.OWNER);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = off");
            StringBuilder text = new StringBuilder();
            try (java.sql.ResultSet rows = statement.executeQuery("explain select * from reservations.customer_order"
                    + " where customer_id = '" + java.util.UUID.randomUUID() + "' and operator_type = 'customer'"
                    + " and creation_date <= now() and (creation_date < now() or id < '" + java.util.UUID.randomUUID()
                    + "') order by creation_date desc, id desc limit 101")) {
                while (rows.next()) {
                    text.append(rows.getString(1)).append('\n');
                }
            }
            plan = text.toString();
        }
        assertThat(plan).contains("customer_order_by_customer_and_buyer").doesNotContain("Sort");
    }

    private static JsonPath preview(String customer, String reservation, String role) {
        return as(role).get("/v1/customers/" + customer + "/reservations/" + reservation + "/cancellation").then()
                .statusCode(200).extract().jsonPath();
    }

    /** A quantity of the dearest reservation (three years) worth just over {@code usd} at today's price. */
    private static int quantityWorth(BigDecimal usd) {
        return usd.divide(Reservations.customerPrice(GPU_SEA, "P3Y"), 0, java.math.RoundingMode.UP).intValue();
    }

    /** Moves a cancellation's refund into the past: the cap's window is twelve months back from now. */
    private static void cancelledAgo(String reservationId, String interval) {
        Database.asOwner("update reservations.refund set refunded_at = now() - interval '" + interval + "'"
                + " where reservation_id = '" + reservationId + "'");
    }

    private static List<String> appliedScopes(String path) {
        return as("AdminAgent").get(path).then().statusCode(200).extract().jsonPath().getList("appliedScopes");
    }

    private static JsonPath placeOrder(Reservations.SelfServeCustomer customer, String sku, int quantity, String term,
                                       String scope) {
        return customer.owner().body(order(sku, quantity, term, customer.plan(), scope))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201).extract().jsonPath();
    }

    private static String buy(Reservations.SelfServeCustomer customer, String sku, int quantity, String term,
                              String scope) {
        return placeOrder(customer, sku, quantity, term, scope).getString("lineItems[0].reservationId");
    }

    private static String partnerBuys(String customer, String plan, String sku, int quantity, String term) {
        return as("AdminAgent").body(order(sku, quantity, term, plan, "single"))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(201).extract()
                .path("lineItems[0].reservationId");
    }
}
