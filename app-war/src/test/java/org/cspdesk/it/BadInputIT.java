package org.cspdesk.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Bad input gets a clear 4xx problem and changes nothing: never a 500, never a stack trace. */
class BadInputIT extends IntegrationTest {

    @Test
    void malformedJsonIsABadRequest() {
        as("AdminAgent").body("{\"companyProfile\": {").post("/v1/customers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("cspdeskCode", equalTo("malformed_body"))
                .body("detail", not(containsString("at org.")));
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequest() {
        as("AdminAgent").body("{\"companyProfile\": {\"domain\": [1,2], \"companyName\": {}}}")
                .post("/v1/customers").then().statusCode(400).body("cspdeskCode", equalTo("malformed_body"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        as("AdminAgent").body(Map.of("companyProfile", Map.of("companyName", "No Domain")))
                .post("/v1/customers").then().statusCode(400)
                .body("cspdeskCode", equalTo("validation_failed"))
                .body("violations.field", hasItems("companyProfile.domain", "billingProfile"));
    }

    @Test
    void aMissingBodyIsABadRequest() {
        as("AdminAgent").post("/v1/customers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aMalformedIdIsABadRequest() {
        as("AdminAgent").get("/v1/customers/not-a-uuid").then().statusCode(400).body("cspdeskCode", equalTo("invalid_id"));
    }

    @Test
    void aPageSizeOutOfRangeIsABadRequest() {
        as("AdminAgent").get("/v1/customers?size=501").then().statusCode(400).body("cspdeskCode", equalTo("invalid_page_size"));
        as("AdminAgent").get("/v1/customers?size=abc").then().statusCode(400).body("cspdeskCode", equalTo("invalid_page_size"));
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String huge = "{\"companyProfile\": {\"companyName\": \"" + "x".repeat(1_100_000) + "\"}}";
        as("AdminAgent").body(huge).post("/v1/customers").then().statusCode(413)
                .body("cspdeskCode", equalTo("body_too_large"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        RestAssured.given().header("Authorization", "Bearer " + Tokens.mint("AdminAgent", "a@p.dev", PARTNER_TENANT))
                .contentType("text/plain").body("hello").post("/v1/customers").then().statusCode(415)
                .body("cspdeskCode", equalTo("unsupported_media_type"));
    }

    /** The request as AdminAgent, given up on after five seconds: a hung worker fails the test, not the build. */
    private static io.restassured.specification.RequestSpecification briefly() {
        return as("AdminAgent").config(RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                .httpClientConfig().setParam("http.socket.timeout", 5000).setParam("http.connection.timeout", 5000)));
    }

    @Test
    void anUnterminatedObjectInAnUnknownFieldIsRefusedAtOnce() {
        // {"x":{ once held a core forever (Parsson's skipObject loops on unterminated input, reached from Yasson).
        String customer = Fixtures.eligibleCustomer("Six Bytes");
        for (String body : new String[]{"{\"x\":{", "{\"x\":[", "{\"allowCustomerToPurchase\":true,\"x\":{\"y\":["}) {
            briefly().body(body).put("/v1/customers/" + customer + "/permissions/azureReservations")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("cspdeskCode", equalTo("malformed_body"));
        }
        as("AdminAgent").get("/v1/customers/" + customer + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(false));
    }

    @Test
    void anUnknownFieldIsRefusedAndNamed() {
        String customer = Fixtures.newCustomer("Unknown Field");
        briefly().body(Map.of("offerId", Fixtures.AZURE_PLAN, "quantity", 1, "colour", "red"))
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_field")).body("field", equalTo("colour"));
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().body("items", hasSize(0));
    }

    @Test
    void aStringFieldTakesOnlyAJsonString() {
        String customer = Fixtures.newCustomer("Strings Only");
        for (String value : new String[]{"true", "1e400", "12", "{}"}) {
            briefly().body("{\"offerId\":\"" + Fixtures.AZURE_PLAN + "\",\"quantity\":1,\"friendlyName\":" + value + "}")
                    .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(400)
                    .body("cspdeskCode", equalTo("malformed_body")).body("field", equalTo("friendlyName"));
        }
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().body("items", hasSize(0));
    }

    @Test
    void aStringHoldingUPlus0000OrALoneSurrogateIsRefusedAtTheEdge() {
        String customer = Fixtures.newCustomer("Nul Bytes");
        String subscription = Fixtures.newAzurePlan(customer);
        for (String value : new String[]{"\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udfffy\""}) {
            briefly().body("{\"offerId\":\"" + Fixtures.AZURE_PLAN + "\",\"quantity\":1,\"friendlyName\":" + value + "}")
                    .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(400)
                    .body("cspdeskCode", equalTo("malformed_body"));
            briefly().body("{\"offerId\":\"x\\u0000\",\"quantity\":1}")
                    .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(400);
            briefly().body("{\"friendlyName\":" + value + "}")
                    .patch("/v1/customers/" + customer + "/subscriptions/" + subscription).then().statusCode(400)
                    .body("field", equalTo("friendlyName"));
        }
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().body("items", hasSize(1))
                .body("items[0].friendlyName", equalTo("Test " + Fixtures.AZURE_PLAN));
    }

    @Test
    void aBodyOfTheWrongShapeIsExplainedWithoutJavaNames() {
        String customer = Fixtures.eligibleCustomer("Wrong Shape");
        briefly().body("[]").post("/v1/customers/" + customer + "/orders").then().statusCode(400)
                .body("detail", equalTo("The body must be a JSON object (got a list)."))
                .body(not(containsString("Views")), not(containsString("class ")));
    }

    @Test
    void aLongUserPrincipalNameIsRefusedAtOnce() {
        // The UPN's pattern backtracked quadratically: Bean Validation checks @Pattern even when @Size failed, so
        // 200 KB of "a." after the @ held a core for minutes, before the size limit was ever reported.
        String customer = Fixtures.newCustomer("Long Upn");
        String upn = "a@" + "a.".repeat(100_000) + " ";
        briefly().body(Map.of("userPrincipalName", upn, "displayName", "Long"))
                .post("/v1/customers/" + customer + "/users").then().statusCode(400)
                .body("cspdeskCode", equalTo("validation_failed")).body("violations.field", hasItems("userPrincipalName"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        as("AdminAgent").get("/v1/nothing-here").then().statusCode(404).body("cspdeskCode", equalTo("not_found"));
    }
}
