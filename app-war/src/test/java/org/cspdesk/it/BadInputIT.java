package org.cspdesk.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Bad input gets a clear 4xx problem and changes nothing: never a 500, never a stack trace. */
class BadInputIT extends IntegrationTest {

    @Test
    void malformedJsonIsABadRequest() {
        as("AdminAgent").body("{\"companyProfile\": {").post("/v1/customers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("malformed_body"))
                .body("detail", not(containsString("at org.")));
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequest() {
        as("AdminAgent").body("{\"companyProfile\": {\"domain\": [1,2], \"companyName\": {}}}")
                .post("/v1/customers").then().statusCode(400).body("code", equalTo("malformed_body"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        as("AdminAgent").body(Map.of("companyProfile", Map.of("companyName", "No Domain")))
                .post("/v1/customers").then().statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.field", hasItems("companyProfile.domain", "billingProfile"));
    }

    @Test
    void aMissingBodyIsABadRequest() {
        as("AdminAgent").post("/v1/customers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aMalformedIdIsABadRequest() {
        as("AdminAgent").get("/v1/customers/not-a-uuid").then().statusCode(400).body("code", equalTo("invalid_id"));
    }

    @Test
    void aPageSizeOutOfRangeIsABadRequest() {
        as("AdminAgent").get("/v1/customers?size=501").then().statusCode(400).body("code", equalTo("invalid_page_size"));
        as("AdminAgent").get("/v1/customers?size=abc").then().statusCode(400).body("code", equalTo("invalid_page_size"));
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String huge = "{\"companyProfile\": {\"companyName\": \"" + "x".repeat(1_100_000) + "\"}}";
        as("AdminAgent").body(huge).post("/v1/customers").then().statusCode(413)
                .body("code", equalTo("body_too_large"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        RestAssured.given().header("Authorization", "Bearer " + Tokens.mint("AdminAgent", "a@p.dev", PARTNER_TENANT))
                .contentType("text/plain").body("hello").post("/v1/customers").then().statusCode(415)
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        as("AdminAgent").get("/v1/nothing-here").then().statusCode(404).body("code", equalTo("not_found"));
    }
}
