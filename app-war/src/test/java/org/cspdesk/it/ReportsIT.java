package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The reports of the activity-log part of docs/api.md: succeeded and failed changes grouped by day, operation
 * type or user, and the self-serve report of who may buy on the partner's bill and what they bought.
 * Activity tests look only at a window that brackets their own actions (the tests run one at a time).
 */
class ReportsIT extends IntegrationTest {

    private static final String ACTIVITY = "/v1/reports/activity";
    private static final String SELF_SERVE = "/v1/reports/selfServe";

    /** An instant the server's clock has certainly passed (or not yet reached), to bracket a window. */
    private static String mark() {
        return Instant.now().toString();
    }

    private static void refusedPolicyCreation() {
        as("SalesAgent").body(Fixtures.policyBody(Fixtures.newCustomer("Refused"), PARTNER_TENANT,
                "AzureReservedInstances")).post("/v1/SelfServePolicy").then().statusCode(403);
    }

    private static List<Map<String, Object>> groups(String from, String to, String groupBy) {
        return as("AdminAgent").queryParam("startDate", from).queryParam("endDate", to).queryParam("groupBy", groupBy)
                .get(ACTIVITY).then().statusCode(200).extract().jsonPath().getList("groups");
    }

    private static Map<String, Object> group(String key, long succeeded, long failed) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("key", key);
        group.put("succeeded", (int) succeeded);
        group.put("failed", (int) failed);
        return group;
    }

    @Test
    void activityReportCountsSucceededAndFailedPerDay() {
        String from = mark();
        String customer = Fixtures.newCustomer("Per Day");
        Fixtures.newUser(customer, "ann");
        refusedPolicyCreation();
        String to = mark();

        // What the report must say, counted from the records themselves.
        List<Map<String, Object>> records = as("AdminAgent").queryParam("startDate", from).queryParam("endDate", to)
                .queryParam("size", 500).get("/v1/auditrecords").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(records).hasSize(4); // add_customer twice (the refused one's customer too), user, refusal
        Map<String, long[]> perDay = new java.util.TreeMap<>();
        for (Map<String, Object> r : records) {
            String day = OffsetDateTime.parse((String) r.get("operationDate")).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDate().toString();
            perDay.computeIfAbsent(day, d -> new long[2])["succeeded".equals(r.get("operationStatus")) ? 0 : 1]++;
        }
        List<Map<String, Object>> expected = new ArrayList<>();
        perDay.forEach((day, counts) -> expected.add(group(day, counts[0], counts[1])));

        assertThat(groups(from, to, "day")).isEqualTo(expected);
        assertThat(groups(from, to, null)).as("day is the default").isEqualTo(expected);
        assertThat(perDay.values().stream().mapToLong(c -> c[1]).sum()).isEqualTo(1);
    }

    @Test
    void activityReportByOperationTypeListsTheBusiestFirst() {
        String from = mark();
        String customer = Fixtures.newCustomer("By Type");
        Fixtures.newUser(customer, "ann");
        Fixtures.newUser(customer, "bob");
        Fixtures.newUser(customer, "cyd");
        refusedPolicyCreation(); // adds a customer (succeeded) and refuses a policy (failed)
        String to = mark();

        assertThat(groups(from, to, "operationType")).containsExactly(
                group("create_customer_user", 3, 0),
                group("add_customer", 2, 0),
                group("create_self_serve_policy", 0, 1));
    }

    @Test
    void activityReportByUserTreatsAUpnInAnyCaseAsOnePerson() {
        String from = mark();
        as("AdminAgent", "Report.Boss@partner.cspdesk.dev", PARTNER_TENANT)
                .body(Fixtures.customerBody(unique("case1") + ".onmicrosoft.com", "Case One")).post("/v1/customers")
                .then().statusCode(201);
        as("AdminAgent", "report.boss@PARTNER.cspdesk.dev", PARTNER_TENANT)
                .body(Fixtures.customerBody(unique("case2") + ".onmicrosoft.com", "Case Two")).post("/v1/customers")
                .then().statusCode(201);
        refusedPolicyCreation();
        String to = mark();

        assertThat(groups(from, to, "userPrincipalName")).containsExactly(
                group("report.boss@partner.cspdesk.dev", 2, 0),
                group("adminagent@partner.cspdesk.dev", 1, 0),
                group("salesagent@partner.cspdesk.dev", 0, 1));
    }

    @Test
    void anActivityReportOfAQuietWindowHasNoGroups() {
        assertThat(groups("2001-01-01", "2001-12-31", "operationType")).isEmpty();
    }

    @Test
    void badGroupByIsA400() {
        as("AdminAgent").get(ACTIVITY + "?startDate=2020-01-01&groupBy=week").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("cspdeskCode", equalTo("invalid_value"))
                .body("detail", equalTo("'groupBy' must be one of: day, operationType, userPrincipalName (got 'week')"));
        as("AdminAgent").get(ACTIVITY + "?startDate=2020-01-01&groupBy=OperationType").then().statusCode(400);
    }

    @Test
    void theReportsRefuseABadWindowAsTheLogDoes() {
        for (String report : List.of(ACTIVITY, SELF_SERVE)) {
            as("AdminAgent").get(report).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("cspdeskCode", equalTo("missing_parameter"));
            as("AdminAgent").get(report + "?startDate=2026-02-01&endDate=2026-01-01").then().statusCode(400)
                    .body("cspdeskCode", equalTo("invalid_window"));
            as("AdminAgent").get(report + "?startDate=last-week").then().statusCode(400)
                    .body("cspdeskCode", equalTo("invalid_date"));
        }
        // size=0 is Partner Center's "the default" now (ADR 0015), so the bad size here is one too many.
        as("AdminAgent").get(SELF_SERVE + "?startDate=2020-01-01&size=501").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_page_size"));
        as("AdminAgent").get(SELF_SERVE + "?startDate=2020-01-01&continuationToken=forged.token").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_continuation_token"));
    }

    @Test
    void aSalesAgentCannotReadReports() {
        String customer = Fixtures.newCustomer("Nosy");
        List<RequestSpecification> outsiders = List.of(as("SalesAgent"), as("HelpDeskAgent"), as("BillingAdmin"),
                asCustomerUser(customer, "someone@" + Fixtures.domainOf(customer)));
        for (RequestSpecification outsider : outsiders) {
            outsider.get(ACTIVITY + "?startDate=2020-01-01").then().statusCode(403);
        }
        as("SalesAgent").get(SELF_SERVE + "?startDate=2020-01-01").then().statusCode(403);
        as("BillingAdmin").get(SELF_SERVE + "?startDate=2020-01-01").then().statusCode(403);
        anonymous().get(SELF_SERVE + "?startDate=2020-01-01").then().statusCode(401);
        as("GlobalAdmin").get(ACTIVITY + "?startDate=2020-01-01").then().statusCode(200);
        as("GlobalAdmin").get(SELF_SERVE + "?startDate=2020-01-01&size=1").then().statusCode(200);
    }

    /** Every line of the self-serve report, walking all its pages. */
    private static List<Map<String, Object>> selfServeReport(Map<String, String> window, int size) {
        List<Map<String, Object>> lines = new ArrayList<>();
        String token = null;
        do {
            RequestSpecification request = as("AdminAgent").queryParams(window).queryParam("size", size);
            if (token != null) {
                request.queryParam("continuationToken", token);
            }
            JsonPath page = request.get(SELF_SERVE).then().statusCode(200)
                    .body("attributes.objectType", equalTo("Collection")).extract().jsonPath();
            lines.addAll(page.getList("items"));
            token = page.getString("continuationToken");
        } while (token != null);
        return lines;
    }

    private static Map<String, Object> lineOf(String customerId, Map<String, String> window) {
        return selfServeReport(window, 500).stream().filter(l -> customerId.equals(l.get("customerId")))
                .findFirst().orElseThrow(() -> new AssertionError("customer " + customerId + " is not in the report"));
    }

    @Test
    void selfServeReportShowsWhoTurnedTheSwitchOnAndSince() {
        String customer = Fixtures.eligibleCustomer("Switched On");
        Instant before = Instant.now().minusSeconds(1);
        as("AdminAgent", "switch.turner@partner.cspdesk.dev", PARTNER_TENANT)
                .body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);
        Instant after = Instant.now().plusSeconds(1);

        Map<String, Object> line = lineOf(customer, Map.of("startDate", "2020-01-01"));
        assertThat(line).containsEntry("companyName", "Switched On").containsEntry("allowCustomerToPurchase", true)
                .containsEntry("enabledBy", "switch.turner@partner.cspdesk.dev");
        assertThat(OffsetDateTime.parse((String) line.get("enabledSince")).toInstant()).isBetween(before, after);
        assertThat(((Number) line.get("customerOrders")).intValue()).isZero();
        assertThat(line.get("billedToPartner")).isEqualTo(Map.of("amount", new BigDecimal("0.00"), "currency", "USD"));
    }

    @Test
    void aCustomerWithTheSwitchOffIsListedWithNoEnabledSinceOrBy() {
        String customer = Reservations.selfServeCustomer("Switched Back Off").id();
        Reservations.switchTo(customer, false);

        Map<String, Object> line = lineOf(customer, Map.of("startDate", "2020-01-01"));
        assertThat(line).containsEntry("allowCustomerToPurchase", false)
                .containsEntry("enabledSince", null).containsEntry("enabledBy", null);
    }

    @Test
    void selfServeReportCountsOnlyTheCustomersOwnOrdersInTheWindow() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Buys Itself");
        String from = mark();
        BigDecimal first = Reservations.amount(customer.owner().body(order(D2S_EASTUS, 2, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201)
                .extract().path("totalPrice"));
        BigDecimal second = Reservations.amount(customer.owner().body(order(D2S_EASTUS, 1, "P3Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201)
                .extract().path("totalPrice"));
        // The partner's own purchase for the customer is not what the customer bought on the partner's bill.
        as("AdminAgent").body(order(D2S_EASTUS, 5, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201);
        String to = mark();

        Map<String, Object> line = lineOf(customer.id(), Map.of("startDate", from, "endDate", to));
        assertThat(((Number) line.get("customerOrders")).intValue()).isEqualTo(2);
        Map<?, ?> billed = (Map<?, ?>) line.get("billedToPartner");
        assertThat(Reservations.amount(billed.get("amount"))).isEqualTo(first.add(second).setScale(2));
        assertThat(billed.get("currency")).isEqualTo("USD");

        Map<String, Object> before = lineOf(customer.id(), Map.of("startDate", "2020-01-01", "endDate", from));
        assertThat(((Number) before.get("customerOrders")).intValue()).isZero();
    }

    @Test
    void theSelfServeTotalsAddUpEveryCustomersLine() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Counted In Totals");
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201);
        Map<String, String> window = Map.of("startDate", "2020-01-01", "endDate", mark());

        List<Map<String, Object>> lines = selfServeReport(window, 500);
        JsonPath totals = as("AdminAgent").queryParams(window).get(SELF_SERVE + "/totals").then().statusCode(200)
                .extract().jsonPath();
        assertThat(totals.getLong("customers")).isEqualTo(lines.size());
        assertThat(totals.getLong("allowedToPurchase"))
                .isEqualTo(lines.stream().filter(l -> Boolean.TRUE.equals(l.get("allowCustomerToPurchase"))).count())
                .isPositive();
        assertThat(totals.getLong("customerOrders"))
                .isEqualTo(lines.stream().mapToLong(l -> ((Number) l.get("customerOrders")).longValue()).sum())
                .isPositive();
        BigDecimal billed = lines.stream().map(l -> Reservations.amount(((Map<?, ?>) l.get("billedToPartner")).get("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Reservations.amount(totals.get("billedToPartner.amount"))).isEqualByComparingTo(billed);
        assertThat(totals.getString("billedToPartner.currency")).isEqualTo("USD");
    }

    @Test
    void theSelfServeTotalsReadOnlyTheWindowThroughTheirIndex() throws Exception {
        StringBuilder plan = new StringBuilder();
        try (java.sql.Connection connection = Database.connect(Database.OWNER);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = off");
            try (java.sql.ResultSet rows = statement.executeQuery("explain select count(*), sum(total_price), currency"
                    + " from reservations.customer_order where operator_type = 'customer'"
                    + " and creation_date >= now() - interval '30 days' and creation_date < now() group by currency")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).contains("customer_order_self_serve_by_date").contains("Index Cond");
    }

    @Test
    void theSelfServeTotalsRefuseABadWindowAndASalesAgent() {
        as("AdminAgent").get(SELF_SERVE + "/totals").then().statusCode(400)
                .body("cspdeskCode", equalTo("missing_parameter"));
        as("AdminAgent").get(SELF_SERVE + "/totals?startDate=2026-02-30").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_date"));
        as("SalesAgent").get(SELF_SERVE + "/totals?startDate=2020-01-01").then().statusCode(403);
    }

    @Test
    void selfServeReportPagesWalkEveryCustomerOnceEvenWithoutAnEndDate() {
        Fixtures.newCustomer("Paged One");
        Fixtures.newCustomer("Paged Two");
        Map<String, String> openWindow = Map.of("startDate", "2020-01-01");
        List<Map<String, Object>> whole = selfServeReport(openWindow, 500);
        List<Map<String, Object>> paged = selfServeReport(openWindow, 7);

        List<Object> ids = paged.stream().map(l -> l.get("customerId")).toList();
        Set<Object> distinct = new HashSet<>(ids);
        assertThat(distinct).as("no customer twice").hasSize(ids.size());
        assertThat(ids).isEqualTo(whole.stream().map(l -> l.get("customerId")).toList());
        List<String> names = paged.stream().map(l -> ((String) l.get("companyName")).toLowerCase()).toList();
        assertThat(names).isSorted();
    }

    @Test
    void selfServeReportPagesWalkCustomersWhoseNamesStartWithAnAccentedCapitalOnce() {
        // In the C locale these sort after every ASCII name, next to each other: pages of two end on one of them.
        for (String name : List.of("Électricité", "Énergie", "Ölwerke")) {
            Fixtures.newCustomer(name + " " + unique("report"));
        }
        Map<String, String> openWindow = Map.of("startDate", "2020-01-01");
        List<Object> whole = selfServeReport(openWindow, 500).stream().map(l -> l.get("customerId")).toList();
        List<Object> paged = selfServeReport(openWindow, 2).stream().map(l -> l.get("customerId")).toList();
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void aSelfServeReportTokenOnlyContinuesItsOwnWindow() {
        Fixtures.newCustomer("Token One");
        Fixtures.newCustomer("Token Two");
        String token = as("AdminAgent").get(SELF_SERVE + "?startDate=2020-01-01&size=1").then().statusCode(200)
                .extract().path("continuationToken");
        assertThat(token).isNotNull();
        as("AdminAgent").queryParam("continuationToken", token).get(SELF_SERVE + "?startDate=2021-01-01&size=1")
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_continuation_token"));
        as("AdminAgent").queryParam("continuationToken", token).get(SELF_SERVE + "?startDate=2020-01-01&size=1")
                .then().statusCode(200);
    }
}
