package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Issue 14, items 1 and 2: a Partner Center client pages and filters as it does against Partner Center. The
 * requests are the ones the SDKs send (Partner-Center-Java 1.15: the enumerators follow {@code links.next}
 * with its headers, a seek query sends {@code seekOperation=NEXT} and the token header only, the activity
 * log's query sends {@code MS-ContinuationToken} as a query parameter; filters as Jackson writes the SDK's
 * {@code SimpleFieldFilter}).
 */
class PartnerCenterPagingAndFiltersIT extends IntegrationTest {

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code count} customers named "{word} 0", "{word} 1", ...; their ids in name order. */
    private static List<String> customersNamed(String word, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Fixtures.newCustomer(word + " " + (char) ('a' + i)));
        }
        return ids;
    }

    /** What an SDK enumerator does with a page's links.next: GET /v1 + its uri, with its headers. */
    private static Response follow(Map<String, Object> link) {
        assertThat(link.get("method")).isEqualTo("GET");
        RequestSpecification request = as("AdminAgent").urlEncodingEnabled(false);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> headers = (List<Map<String, String>>) link.get("headers");
        for (Map<String, String> header : headers) {
            request.header(header.get("key"), header.get("value"));
        }
        return request.get("/v1" + link.get("uri"));
    }

    @Test
    void aClientFollowingLinksNextListsEveryCustomerOnce() {
        String word = unique("links").replace("-", "");
        List<String> created = customersNamed(word, 7);
        String filter = encoded("{\"field\":\"CompanyName\",\"value\":\"" + word + "\",\"operator\":\"starts_with\"}");
        Response page = as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=3&filter=" + filter);
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            JsonPath body = page.then().statusCode(200).extract().jsonPath();
            pages++;
            seen.addAll(body.getList("items.id"));
            assertThat(body.getString("links.self.uri")).startsWith("/customers?");
            assertThat(body.getString("links.self.method")).isEqualTo("GET");
            Map<String, Object> next = body.getMap("links.next");
            if (next == null) {
                assertThat(body.getString("continuationToken")).isNull();
                break;
            }
            assertThat((String) next.get("uri")).startsWith("/customers?").contains("seekOperation=Next")
                    .contains("size=3").doesNotContain(body.getString("continuationToken"));
            assertThat(next.get("headers")).isEqualTo(List.of(Map.of("key", "MS-ContinuationToken",
                    "value", body.getString("continuationToken"))));
            page = follow(next);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void theNextPageTokenIsAcceptedInTheHeaderWithSeekOperationNext() {
        String word = unique("seek").replace("-", "");
        List<String> created = customersNamed(word, 5);
        String filter = encoded("{\"field\":\"CompanyName\",\"value\":\"" + word + "\",\"operator\":\"starts_with\"}");
        String token = as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=2&filter=" + filter)
                .then().statusCode(200).body("items.id", equalTo(created.subList(0, 2)))
                .extract().path("continuationToken");
        // The SDK's seek query sends the token and seekOperation (Java's enum name, NEXT) and nothing else: the
        // first page's filter and size carry on.
        String next = as("AdminAgent").header("MS-ContinuationToken", token).get("/v1/customers?seekOperation=NEXT")
                .then().statusCode(200).body("items.id", equalTo(created.subList(2, 4)))
                .body("links.self.headers[0].value", equalTo(token))
                .extract().path("continuationToken");
        as("AdminAgent").header("MS-ContinuationToken", next).get("/v1/customers?seekOperation=Next")
                .then().statusCode(200).body("items.id", equalTo(created.subList(4, 5)))
                .body("continuationToken", nullValue()).body("links.next", nullValue());
        // Our own parameter works the same way, with or without the first page's parameters.
        as("AdminAgent").get("/v1/customers?continuationToken=" + token).then().statusCode(200)
                .body("items.id", equalTo(created.subList(2, 4)));
        // The users list is paged the same way (Partner Center's GetCustomerUsers seeks as GetCustomers does).
        String customer = created.get(0);
        for (String name : List.of("ann", "ben", "cy")) {
            Fixtures.newUser(customer, name);
        }
        String users = as("AdminAgent").get("/v1/customers/" + customer + "/users?size=2").then().statusCode(200)
                .body("items.displayName", equalTo(List.of("ann", "ben"))).extract().path("continuationToken");
        as("AdminAgent").header("MS-ContinuationToken", users).get("/v1/customers/" + customer + "/users?seekOperation=Next")
                .then().statusCode(200).body("items.displayName", equalTo(List.of("cy")));
    }

    @Test
    void theActivityLogsNextPageIsAcceptedAsAnMsContinuationTokenQueryParameter() {
        String customer = Fixtures.newCustomer("Log Pages");
        for (String name : List.of("amy", "bea", "cat")) {
            Fixtures.newUser(customer, name);
        }
        // As the Java SDK writes the filter: Jackson's view of SimpleFieldFilter, operator and field type by name.
        String filter = encoded("{\"operator\":\"Equals\",\"fieldType\":\"String\",\"field\":\"CUSTOMER_ID\",\"value\":\""
                + customer + "\"}");
        String query = "/v1/auditrecords?startDate=2020-01-01&size=1&filter=" + filter;
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            JsonPath page = as("AdminAgent").urlEncodingEnabled(false)
                    .get(query + (token == null ? "" : "&MS-ContinuationToken=" + token))
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            token = page.getString("continuationToken");
        } while (token != null);
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        // And following links.next, as the SDK's enumerator does, reads the same records.
        List<String> followed = new ArrayList<>();
        Response page = as("AdminAgent").urlEncodingEnabled(false).get(query);
        while (true) {
            JsonPath body = page.then().statusCode(200).extract().jsonPath();
            followed.addAll(body.getList("items.id"));
            Map<String, Object> next = body.getMap("links.next");
            if (next == null) {
                break;
            }
            assertThat((String) next.get("uri")).startsWith("/auditrecords?startDate=2020-01-01&size=1&filter=");
            page = follow(next);
        }
        assertThat(followed).isEqualTo(ids);
    }

    @Test
    void twoDifferentTokensInOneRequestAreRefused() {
        String word = unique("twice").replace("-", "");
        customersNamed(word, 3);
        String filter = encoded("{\"field\":\"CompanyName\",\"value\":\"" + word + "\"}");
        String first = as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=1&filter=" + filter)
                .then().statusCode(200).extract().path("continuationToken");
        String second = as("AdminAgent").header("MS-ContinuationToken", first).get("/v1/customers?seekOperation=Next")
                .then().statusCode(200).extract().path("continuationToken");
        as("AdminAgent").header("MS-ContinuationToken", first).get("/v1/customers?continuationToken=" + second)
                .then().statusCode(400).body("cspdeskCode", equalTo("conflicting_continuation_tokens"));
        as("AdminAgent").get("/v1/customers?MS-ContinuationToken=" + first + "&continuationToken=" + second)
                .then().statusCode(400).body("cspdeskCode", equalTo("conflicting_continuation_tokens"));
        // The same token twice is one token.
        as("AdminAgent").header("MS-ContinuationToken", first).get("/v1/customers?seekOperation=Next&continuationToken=" + first)
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aTokenFromAnotherQueryOrForgedIsRefusedWhereverItIsSent() {
        String word = unique("foreign").replace("-", "");
        String customer = customersNamed(word, 2).get(0);
        String filter = encoded("{\"field\":\"CompanyName\",\"value\":\"" + word + "\"}");
        String token = as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=1&filter=" + filter)
                .then().statusCode(200).extract().path("continuationToken");
        as("AdminAgent").header("MS-ContinuationToken", token + "x").get("/v1/customers?seekOperation=Next")
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_continuation_token"));
        as("AdminAgent").get("/v1/customers?MS-ContinuationToken=not-a-token")
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_continuation_token"));
        String other = encoded("{\"field\":\"CompanyName\",\"value\":\"other\"}");
        as("AdminAgent").urlEncodingEnabled(false).header("MS-ContinuationToken", token)
                .get("/v1/customers?seekOperation=Next&filter=" + other)
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_continuation_token"));
        as("AdminAgent").header("MS-ContinuationToken", token)
                .get("/v1/customers/" + customer + "/users?seekOperation=Next")
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_continuation_token"));
    }

    @Test
    void aSeekOperationOtherThanNextOrWithoutATokenIsRefused() {
        as("AdminAgent").get("/v1/customers?seekOperation=Previous").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_seek_operation"));
        as("AdminAgent").get("/v1/customers?seekOperation=Next").then().statusCode(400)
                .body("cspdeskCode", equalTo("missing_continuation_token"));
    }

    @Test
    void sizeZeroMeansTheDefaultPageSize() {
        String word = unique("hundred").replace("-", "");
        for (int i = 0; i < 101; i++) {
            Fixtures.newCustomer(word + " " + String.format("%03d", i));
        }
        String filter = encoded("{\"field\":\"CompanyName\",\"value\":\"" + word + "\",\"operator\":\"starts_with\"}");
        // The SDK's simple query (a filter, no page size) sends size=0.
        Response page = as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=0&filter=" + filter);
        page.then().statusCode(200).body("items", hasSize(100)).body("totalCount", equalTo(100));
        follow(page.jsonPath().getMap("links.next")).then().statusCode(200).body("items", hasSize(1));
        as("AdminAgent").get("/v1/customers?size=-1").then().statusCode(400).body("cspdeskCode", equalTo("invalid_page_size"));
    }

    @Test
    void anUnknownQueryParameterIsRefusedNotIgnored() {
        String customer = Fixtures.newCustomer("Strict Params");
        as("AdminAgent").get("/v1/customers?fliter=x").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter")).body("parameter", equalTo("fliter"))
                .body("detail", containsString("filter, size, continuationToken"));
        // Reads of one resource take none.
        as("AdminAgent").get("/v1/customers/" + customer + "?size=1").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter")).body("parameter", equalTo("size"));
        // A Partner Center parameter CSP Desk does not have is named, not ignored: the users list has no filter.
        as("AdminAgent").get("/v1/customers/" + customer + "/users?filter=x").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter")).body("parameter", equalTo("filter"));
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions?order_id=x").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter"));
        as("AdminAgent").get("/v1/SelfServePolicy?entity_id=" + customer + "&size=1").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter"));
        as("AdminAgent").get("/v1/auditrecords?startDate=2020-01-01&customerId=" + customer).then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter"));
        // Writes too: the refusal is recorded like any refusal of a write.
        as("AdminAgent").body(Map.of("userPrincipalName", "x@" + Fixtures.domainOf(customer), "displayName", "X"))
                .post("/v1/customers/" + customer + "/users?notify=true").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_parameter"));
        // Parameter names are case-sensitive, as in JAX-RS: Size is not size.
        as("AdminAgent").get("/v1/customers?Size=1").then().statusCode(400).body("parameter", equalTo("Size"));
        // A caller without a token still hears 401 first.
        anonymous().get("/v1/customers?fliter=x").then().statusCode(401);
    }

    @Test
    void aCustomersFilterInPartnerCentersJsonFindsByCompanyNamePrefix() {
        String word = unique("Conto").replace("-", "");
        String contoso = Fixtures.newCustomer(word + "so");
        String other = Fixtures.newCustomer("Other " + word);
        String prefix = word.toLowerCase().substring(0, word.length() - 2);
        // The REST reference's sample: PascalCase members, operator starts_with, value in any case.
        as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=0&filter=" + encoded(
                        "{\"Field\":\"CompanyName\",\"Value\":\"" + prefix + "\",\"Operator\":\"starts_with\"}"))
                .then().statusCode(200).body("items.id", equalTo(List.of(contoso)))
                .body("links.self.uri", startsWith("/customers?size=0&filter=%7B%22Field%22"));
        // The Java SDK: new SimpleFieldFilter(CustomerSearchField.COMPANY_NAME.toString(), STARTS_WITH, value).
        as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?size=0&filter=" + encoded(
                        "{\"operator\":\"StartsWith\",\"fieldType\":\"String\",\"field\":\"CompanyName\",\"value\":\""
                                + prefix.toUpperCase() + "\"}"))
                .then().statusCode(200).body("items.id", equalTo(List.of(contoso)));
        assertThat(other).isNotEqualTo(contoso);
    }

    @Test
    void aCustomersFilterFindsByDomainPrefix() {
        String customer = Fixtures.newCustomer("Domain Found");
        String domain = Fixtures.domainOf(customer);
        as("AdminAgent").urlEncodingEnabled(false).get("/v1/customers?filter=" + encoded(
                        "{\"field\":\"Domain\",\"value\":\"" + domain.substring(0, domain.length() - 10).toUpperCase()
                                + "\",\"operator\":\"StartsWith\"}"))
                .then().statusCode(200).body("items.id", equalTo(List.of(customer)));
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedNeverAnsweredEmpty() {
        Map<String, String> refused = Map.of(
                "Contoso", "must be a JSON object", // today's plain text: Partner Center's shape won
                "{\"field\":\"Colour\",\"value\":\"x\",\"operator\":\"starts_with\"}", "must be one of CompanyName, Domain",
                "{\"field\":\"CompanyName\",\"value\":\"x\",\"operator\":\"Equals\"}", "must be starts_with",
                "{\"field\":\"IndirectReseller\",\"value\":\"x\",\"operator\":\"starts_with\"}", "not supported",
                "{\"field\":\"CompanyName\",\"value\":\"x\",\"fieldType\":\"Integer\"}", "can only be String",
                "{\"field\":\"CompanyName\"}", "no value");
        refused.forEach((filter, why) -> as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/customers?filter=" + encoded(filter)).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_filter")).body("detail", containsString(why)));
        as("AdminAgent").urlEncodingEnabled(false).get("/v1/auditrecords?startDate=2020-01-01&filter="
                        + encoded("{\"field\":\"CompanyName\",\"value\":\"x\",\"operator\":\"starts_with\"}"))
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_filter"))
                .body("detail", containsString("equals or substring"));
    }

    @Test
    void theActivityLogFilterTakesPartnerCentersSpellingsOfOperatorsAndFields() {
        String word = unique("Spelt").replace("-", "");
        String customer = Fixtures.newCustomer(word + " Inc");
        for (String filter : List.of(
                "{\"field\":\"CompanyName\",\"value\":\"" + word.substring(2).toUpperCase() + "\",\"operator\":\"Substring\"}",
                "{\"operator\":\"Substring\",\"fieldType\":\"String\",\"field\":\"COMPANY_NAME\",\"value\":\""
                        + word.substring(1) + "\"}",
                "{\"Field\":\"CustomerId\",\"Value\":\"" + customer + "\",\"Operator\":\"EQUALS\"}",
                "{\"field\":\"customerId\",\"value\":\"" + customer + "\",\"operator\":\"equals\"}")) {
            as("AdminAgent").urlEncodingEnabled(false)
                    .get("/v1/auditrecords?startDate=2020-01-01&filter=" + encoded(filter)).then().statusCode(200)
                    .body("items.customerId", hasSize(1)).body("items[0].customerId", equalTo(customer));
        }
    }

    @Test
    void theSelfServePolicyListTakesEntityIdAsTheDotNetSdkSpellsIt() {
        var customer = Reservations.selfServeCustomer("Spelling Co");
        as("AdminAgent").get("/v1/SelfServePolicy?entity_Id=" + customer.id()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].selfServeEntity.tenantID", equalTo(customer.id()))
                .body("links.self.uri", equalTo("/SelfServePolicy?entity_Id=" + customer.id()));
        as("AdminAgent").get("/v1/SelfServePolicy?entity_id=" + customer.id()).then().statusCode(200)
                .body("items", hasSize(1));
        as("AdminAgent").get("/v1/SelfServePolicy?entity_Id=not-a-tenant").then().statusCode(400)
                .body("detail", containsString("entity_Id"));
        as("AdminAgent").get("/v1/SelfServePolicy?entity_id=" + customer.id() + "&entity_Id=" + PARTNER_TENANT)
                .then().statusCode(400).body("cspdeskCode", equalTo("conflicting_parameters"));
    }

    @Test
    void everyCollectionCarriesPartnerCentersLinks() {
        var customer = Reservations.selfServeCustomer("Linked Co");
        String base = "/customers/" + customer.id();
        List<String> collections = List.of(
                "/customers?size=1", base + "/users", base + "/subscriptions",
                base + "/subscriptions/" + customer.plan() + "/roleAssignments", "/offers?country=US",
                "/SelfServePolicy?entity_id=" + customer.id(), base + "/orders", base + "/reservations",
                "/products/reservations?size=500", "/auditrecords?startDate=2020-01-01&size=1",
                "/reports/selfServe?startDate=2020-01-01&size=1", "/notifications/purchases");
        for (String collection : collections) {
            as("AdminAgent").get("/v1" + collection).then().statusCode(200)
                    .body("attributes.objectType", equalTo("Collection"))
                    .body("links.self.uri", equalTo(collection)).body("links.self.method", equalTo("GET"))
                    .body("links.self.headers", hasSize(0));
        }
        // The small lists page too: the offers one at a time, every offer once.
        List<String> offers = as("AdminAgent").get("/v1/offers").then().statusCode(200).extract().path("items.id");
        List<String> paged = new ArrayList<>();
        Response page = as("AdminAgent").get("/v1/offers?size=1");
        while (true) {
            JsonPath body = page.then().statusCode(200).extract().jsonPath();
            paged.addAll(body.getList("items.id"));
            if (body.getMap("links.next") == null) {
                break;
            }
            page = follow(body.getMap("links.next"));
        }
        assertThat(paged).hasSameElementsAs(offers).hasSize(offers.size());
    }

    @Test
    void theOpenApiDocumentListsTheTokenAsPartnerCenterSendsIt() {
        JsonPath document = JsonPath.from(anonymous().header("Accept", "application/json").get("/openapi").asString());
        List<Map<String, String>> parameters = document.getList("paths.'/v1/customers'.get.parameters");
        assertThat(parameters).extracting(p -> p.get("in") + " " + p.get("name")).contains("query filter", "query size",
                "query continuationToken", "header MS-ContinuationToken", "query MS-ContinuationToken",
                "query seekOperation");
        assertThat(document.getList("paths.'/v1/SelfServePolicy'.get.parameters.name"))
                .containsExactlyInAnyOrder("entity_id", "entity_Id");
    }

    @Test
    void theLinksAreRelativeNeverFromTheHostHeader() throws Exception {
        // Host: evil.example, then an absolute request line, whose host Grizzly takes as the Host.
        String token = Tokens.mint("AdminAgent", "adminagent@partner.cspdesk.dev", PARTNER_TENANT);
        for (String[] line : new String[][]{{"/v1/customers?size=1", "evil.example"},
                {"http://evil.example/v1/customers?size=1", "localhost"}}) {
            RawHttp.Answer answer = RawHttp.exchange("GET " + line[0] + " HTTP/1.1\r\nHost: " + line[1]
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(line[0]).isEqualTo(200);
            JsonPath body = JsonPath.from(answer.body());
            assertThat(body.getString("links.self.uri")).isEqualTo("/customers?size=1");
            assertThat(body.getString("links.next.uri")).isEqualTo("/customers?size=1&seekOperation=Next");
            assertThat(answer.body()).doesNotContain("evil");
        }
    }
}
