package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The activity log's reading side: the window and filters, CSV, and the proof it was not altered. */
class ActivityLogIT extends IntegrationTest {

    private static String filter(String field, String value, String operator) {
        return URLEncoder.encode("{\"field\":\"" + field + "\",\"value\":\"" + value + "\",\"operator\":\"" + operator + "\"}",
                StandardCharsets.UTF_8);
    }

    @Test
    void theIntegrityCheckFindsARowAlteredDirectlyInSql() {
        String customer = Fixtures.newCustomer("Tamper Target");
        Map<String, Object> record = AuditLog.of(customer).get(0);
        as("GlobalAdmin").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));
        String id = (String) record.get("id");
        String original = (String) record.get("userPrincipalName");
        Database.asOwner("alter table audit.audit_record disable trigger audit_record_append_only",
                "update audit.audit_record set user_principal_name = 'someone-else@evil.example' where id = '" + id + "'");
        try {
            as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenRecordId", equalTo(id));
        } finally {
            Database.asOwner("update audit.audit_record set user_principal_name = '" + original + "' where id = '" + id + "'",
                    "alter table audit.audit_record enable trigger audit_record_append_only");
        }
        as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theIntegrityCheckNamesTheSuccessorOfARemovedRecord() {
        String customer = Fixtures.newCustomer("Removal Target");
        Fixtures.newUser(customer, "amy");
        List<Map<String, Object>> records = AuditLog.of(customer); // newest first: the user, then the customer
        String removed = (String) records.get(1).get("id");
        String successor = (String) records.get(0).get("id");
        as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));
        Database.asOwner("create table audit.removed_for_test as select * from audit.audit_record where id = '" + removed + "'",
                "alter table audit.audit_record disable trigger audit_record_append_only",
                "delete from audit.audit_record where id = '" + removed + "'",
                "alter table audit.audit_record enable trigger audit_record_append_only");
        try {
            as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenRecordId", equalTo(successor));
        } finally {
            Database.asOwner("insert into audit.audit_record overriding system value select * from audit.removed_for_test",
                    "drop table audit.removed_for_test");
        }
        as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void concurrentWritersKeepTheChainIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            statuses.add(pool.submit(() -> as("AdminAgent")
                    .body(Fixtures.customerBody(unique("chain") + ".onmicrosoft.com", "Chain Writer"))
                    .post("/v1/customers").statusCode()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        pool.shutdown();
        // Without the chain lock two writers read the same last hash, and the later one no longer links.
        as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theLogIsFilteredByCompanyNameSubstringIgnoringCase() {
        String word = unique("Quokka").replace("-", "");
        String customer = Fixtures.newCustomer(word + " Holdings");
        Fixtures.newUser(customer, "amy");
        List<String> types = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=2020-01-01&filter=" + filter("CompanyName", word.toLowerCase().substring(1), "substring"))
                .then().statusCode(200).extract().path("items.operationType");
        assertThat(types).containsExactly("create_customer_user", "add_customer");
    }

    @Test
    void theCompanyNameFilterFindsANameStartingWithAnAccentedCapitalAsTyped() {
        String company = "Énergie " + unique("Volt").replace("-", "");
        String customer = Fixtures.newCustomer(company);
        for (String[] typed : new String[][]{{company, "equals"}, {company.toUpperCase(), "equals"},
                {company.substring(0, 9), "substring"}}) {
            List<String> customers = as("AdminAgent").urlEncodingEnabled(false)
                    .get("/v1/auditrecords?startDate=2020-01-01&filter=" + filter("CompanyName", typed[0], typed[1]))
                    .then().statusCode(200).extract().path("items.customerId");
            assertThat(customers).as("CompanyName %s '%s'", typed[1], typed[0]).contains(customer);
        }
    }

    @Test
    void aQueryWithoutEndDatePagesThroughEveryRecordOnce() {
        String customer = Fixtures.newCustomer("Paged Log");
        for (String name : List.of("amy", "bea", "cat", "dee")) {
            Fixtures.newUser(customer, name);
        }
        List<String> ids = new java.util.ArrayList<>();
        String token = null;
        do {
            var request = as("AdminAgent").urlEncodingEnabled(false);
            String url = "/v1/auditrecords?startDate=2020-01-01&size=2&filter=" + filter("CustomerId", customer, "equals")
                    + (token == null ? "" : "&continuationToken=" + token);
            var page = request.get(url).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            token = page.getString("continuationToken");
        } while (token != null);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    }

    /** Every page of a filtered log, following the continuation tokens; {@code betweenPages} runs after each. */
    private static List<String> walk(String filter, int size, Runnable betweenPages) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            String url = "/v1/auditrecords?startDate=2020-01-01&size=" + size + "&filter=" + filter
                    + (token == null ? "" : "&continuationToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            var page = as("AdminAgent").urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            token = page.getString("continuationToken");
            betweenPages.run();
        } while (token != null);
        return ids;
    }

    @Test
    void pagingWhileNewRecordsArriveWalksEveryEarlierRecordExactlyOnce() {
        String customer = Fixtures.newCustomer("Busy Log");
        for (String name : List.of("amy", "bea", "cat", "dee")) {
            Fixtures.newUser(customer, name);
        }
        String byCustomer = filter("CustomerId", customer, "equals");
        List<String> before = walk(byCustomer, 500, () -> { });
        assertThat(before).hasSize(5);

        // Two records arrive after every page; the open window's later pages must neither repeat nor skip.
        int[] added = {0};
        List<String> paged = walk(byCustomer, 2, () -> {
            Fixtures.newUser(customer, "new" + added[0]++);
            Fixtures.newUser(customer, "new" + added[0]++);
        });
        assertThat(paged).containsExactlyElementsOf(before);
    }

    @Test
    void aFilterHoldingALineBreakStillPagesThroughItsRecords() {
        String company = unique("Line") + "\nBreak";
        String customer = Fixtures.newCustomer(company);
        Fixtures.newUser(customer, "amy");
        Fixtures.newUser(customer, "bea");
        // The filter's JSON writes the line break as \n; the token of each page must continue the same query.
        List<String> ids = walk(filter("CompanyName", company.toLowerCase().replace("\n", "\\n"), "equals"), 1, () -> { });
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aCustomerIdSubstringIgnoresCaseAsUuidsDo() {
        String customer = Fixtures.newCustomer("Upper Case Id");
        String fragment = customer.substring(0, 13).toUpperCase();
        List<String> customers = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=2020-01-01&filter=" + filter("CustomerId", fragment, "substring"))
                .then().statusCode(200).extract().path("items.customerId");
        assertThat(customers).contains(customer).allMatch(id -> id.startsWith(customer.substring(0, 13)));
    }

    @Test
    void aFilterValueWithANulCharacterIsABadRequestNotAServerError() {
        for (String field : List.of("CompanyName", "OperationType", "UserPrincipalName")) {
            for (String operator : List.of("equals", "substring")) {
                as("AdminAgent").urlEncodingEnabled(false)
                        .get("/v1/auditrecords?startDate=2020-01-01&filter=" + filter(field, "a\\u0000b", operator))
                        .then().statusCode(400).contentType(startsWith("application/problem+json"))
                        .body("cspdeskCode", equalTo("invalid_filter"));
            }
        }
        as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords.csv?startDate=2020-01-01&filter=" + filter("CompanyName", "\\u0000", "substring"))
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_filter"));
    }

    @Test
    void aWindowBeyondTheYearsPostgreSqlStoresIsABadRequest() {
        for (String path : List.of("/v1/auditrecords", "/v1/auditrecords.csv", "/v1/reports/activity", "/v1/reports/selfServe")) {
            as("AdminAgent").get(path + "?startDate=-999999999-01-01T00:00:00Z")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("cspdeskCode", equalTo("invalid_date"));
            as("AdminAgent").urlEncodingEnabled(false).get(path + "?startDate=2026-01-01&endDate=%2B300000-01-01T00:00:00Z")
                    .then().statusCode(400).body("cspdeskCode", equalTo("invalid_date"));
        }
    }

    @Test
    void aBadWindowOrFilterIsABadRequest() {
        as("AdminAgent").get("/v1/auditrecords").then().statusCode(400).body("cspdeskCode", equalTo("missing_parameter"));
        as("AdminAgent").get("/v1/auditrecords?startDate=2026-02-01&endDate=2026-01-01").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_window"));
        as("AdminAgent").get("/v1/auditrecords?startDate=yesterday").then().statusCode(400).body("cspdeskCode", equalTo("invalid_date"));
        as("AdminAgent").urlEncodingEnabled(false).get("/v1/auditrecords?startDate=2020-01-01&filter=" + filter("Colour", "x", "equals"))
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_filter"));
        as("AdminAgent").urlEncodingEnabled(false).get("/v1/auditrecords?startDate=2020-01-01&filter=" + filter("ResourceType", "x", "like"))
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_filter"));
    }

    @Test
    void aRefusalAboutNoKnownCustomerIsRecordedAndListed() {
        as("SalesAgent").body(Fixtures.policyBody("3fa85f64-5717-4562-b3fc-2c963f66afa6", PARTNER_TENANT,
                "AzureReservedInstances")).post("/v1/SelfServePolicy").then().statusCode(403);
        as("AdminAgent").get("/v1/auditrecords?startDate=2020-01-01&size=3").then().statusCode(200)
                .body("items[0].operationStatus", equalTo("failed"))
                .body("items[0].userPrincipalName", equalTo("salesagent@partner.cspdesk.dev"));
    }

    @Test
    void onlyAdminsReadTheLog() {
        as("SalesAgent").get("/v1/auditrecords?startDate=2020-01-01").then().statusCode(403);
        as("HelpDeskAgent").get("/v1/auditrecords/integrity").then().statusCode(403);
        as("BillingAdmin").get("/v1/auditrecords.csv?startDate=2020-01-01").then().statusCode(403);
    }

    @Test
    void theCsvExportHasAHeaderAndQuotesWhatNeedsQuoting() {
        String customer = Fixtures.newCustomer("Comma, \"Quoted\" Ltd");
        String csv = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords.csv?startDate=2020-01-01&filter=" + filter("CustomerId", customer, "equals"))
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("id,operationDate,operationType,displayName,operationStatus");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("add_customer,Add customer,succeeded," + customer + ",\"Comma, \"\"Quoted\"\" Ltd\"");
    }

    @Test
    void aCsvRowShowsTheRecordAsTheJsonListShowsIt() {
        String customer = Fixtures.newCustomer("Same Text Ltd");
        Map<String, Object> record = AuditLog.of(customer).get(0);
        String csv = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords.csv?startDate=2020-01-01&filter=" + filter("CustomerId", customer, "equals"))
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("\uFEFFid,");
        List<String> row = List.of(csv.lines().toList().get(1).split(",", -1));
        assertThat(row.subList(0, 9)).containsExactly((String) record.get("id"), (String) record.get("operationDate"),
                "add_customer", "Add customer", "succeeded", customer, "Same Text Ltd",
                (String) record.get("userPrincipalName"), (String) record.get("operatorType"));
    }

    @Test
    void aCsvCellASpreadsheetWouldRunAsAFormulaIsTextWhileTheApiKeepsTheExactValue() {
        String name = "=HYPERLINK(\"http://evil.example\",\"Open\")";
        String customer = Fixtures.newCustomer(name);
        as("AdminAgent").body(Map.of("offerId", Fixtures.M365_E3, "friendlyName", "+cmd|' /C calc'!A0", "quantity", 1))
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201);
        String csv = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords.csv?startDate=2020-01-01&filter=" + filter("CustomerId", customer, "equals"))
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",")
                .contains(",'+cmd|' /C calc'!A0,").doesNotContain(",=HYPERLINK").doesNotContain(",+cmd");
        assertThat(AuditLog.of(customer)).anyMatch(r -> name.equals(r.get("customerName")));
    }
}
