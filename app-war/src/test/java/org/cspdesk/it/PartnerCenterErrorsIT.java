package org.cspdesk.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 3, ADR 0014: a client written for Partner Center reads an error as its SDKs' {@code ApiFault}
 * does ({@code code}, {@code description}, {@code data}, {@code source}; Partner-Center-Java
 * {@code models/ApiFault.java}, partner-center-sdk-for-dotNET {@code Models/ApiFault.cs}: {@code code} read into
 * a string) and branches on Partner Center's numeric code; our own clients keep {@code cspdeskCode}.
 */
class PartnerCenterErrorsIT extends IntegrationTest {

    @Test
    void aPartnerCenterClientBranchesOnTheNumericCodeOfADuplicatePolicy() {
        String customer = Fixtures.eligibleCustomer("Duplicate Policy");
        as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy").then().statusCode(201);
        JsonPath fault = problem(as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy"), 409, "policy_exists");
        // Partner Center sends the number; the SDKs' string errorCode reads it as "600041".
        assertThat(fault.<Object>get("code")).isEqualTo(600041);
        assertThat(fault.getString("code")).isEqualTo("600041");
    }

    @Test
    void aPartnerCenterClientBranchesOnTheNumericCodeOfAMissingPolicy() {
        String customer = Fixtures.newCustomer("Missing Policy");
        JsonPath fault = problem(as("AdminAgent").get("/v1/SelfServePolicy/" + PARTNER_TENANT + "_" + customer),
                404, "policy_not_found");
        assertThat(fault.<Object>get("code")).isEqualTo(600039);
    }

    @Test
    void everyProblemCarriesDescriptionAndOurStableCode() {
        String customer = Fixtures.newCustomer("Every Problem");
        // A refusal of a module (ApiProblem), of Bean Validation, of the strict body reader, of the role check,
        // of the token check, of an unknown address (JAX-RS), and of the servlet filter and error page.
        problem(as("AdminAgent").get("/v1/customers/" + UUID.randomUUID()), 404, "customer_not_found");
        problem(as("AdminAgent").body(Map.of("offerId", Fixtures.AZURE_PLAN, "quantity", 0))
                .post("/v1/customers/" + customer + "/subscriptions"), 400, "validation_failed");
        problem(as("AdminAgent").body(Map.of("offerId", Fixtures.AZURE_PLAN, "quantity", 1, "colour", "red"))
                .post("/v1/customers/" + customer + "/subscriptions"), 400, "unknown_field");
        problem(as("AdminAgent").body("{\"offerId\": ").post("/v1/customers/" + customer + "/subscriptions"),
                400, "malformed_body");
        problem(as("SalesAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations"), 403, "forbidden_role");
        problem(anonymous().get("/v1/customers"), 401, "unauthenticated");
        problem(as("AdminAgent").get("/v1/nothingHere"), 404, "not_found");
        problem(RestAssured.given().post("/index.html"), 405, "method_not_allowed");
        problem(RestAssured.given().get("/error-page"), 404, "not_found");
    }

    @Test
    void wherePartnerCenterHasNoCodeTheCodeIsOurStringCode() {
        String customer = Fixtures.newCustomer("No Partner Center Code");
        JsonPath fault = problem(as("AdminAgent").body(Fixtures.customerBody(Fixtures.domainOf(customer), "Again"))
                .post("/v1/customers"), 409, "domain_taken");
        assertThat(fault.<Object>get("code")).isEqualTo("domain_taken");
    }

    /**
     * The members every problem carries: RFC 9457's, ours, and an ApiFault's (Partner Center's {@code code},
     * never null; {@code description} = {@code detail}; {@code source}). Returns the body for more checks.
     */
    private static JsonPath problem(Response response, int status, String cspdeskCode) {
        response.then().statusCode(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonPath body = response.jsonPath();
        assertThat(body.getString("cspdeskCode")).isEqualTo(cspdeskCode);
        assertThat(body.getString("type")).isEqualTo("urn:cspdesk:problem:" + cspdeskCode);
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.getString("title")).isNotBlank();
        assertThat(body.getString("detail")).isNotBlank();
        assertThat(body.getString("description")).isEqualTo(body.getString("detail"));
        assertThat(body.getString("source")).isEqualTo("CSPDesk");
        assertThat(body.<Object>get("code")).as("code of " + cspdeskCode).isNotNull();
        assertThat(body.getString("code")).as("code of " + cspdeskCode)
                .isEqualTo(expectedCode(cspdeskCode));
        assertThat(body.getMap("")).doesNotContainKey("partnerCenterCode");
        return body;
    }

    /** What docs/errors-and-limits.md's table says (the table itself is checked by PartnerCenterCodesTest). */
    private static String expectedCode(String cspdeskCode) {
        return switch (cspdeskCode) {
            case "policy_exists" -> "600041";
            case "policy_not_found" -> "600039";
            case "customer_not_found" -> "60003";
            case "validation_failed", "malformed_body" -> "800002";
            case "unknown_field" -> "3000";
            case "forbidden_role" -> "900150";
            case "unauthenticated" -> "400";
            case "not_found" -> "1000";
            default -> cspdeskCode;
        };
    }
}
