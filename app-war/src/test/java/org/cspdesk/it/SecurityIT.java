package org.cspdesk.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

class SecurityIT extends IntegrationTest {

    @Test
    void theServersMetricsAreNotServedToAnyone() {
        // MicroProfile Metrics is switched off (app-war/payara/postboot.asadmin): it answered anyone with
        // the server's JVM, pool and request figures.
        anonymous().get("/metrics").then().statusCode(403);
        as("AdminAgent").get("/metrics").then().statusCode(403);
    }

    @Test
    void aCallWithoutATokenIsUnauthorized() {
        anonymous().get("/v1/customers").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTokenWithABadSignatureIsUnauthorized() {
        String token = Tokens.mint("AdminAgent", "admin@partner.cspdesk.dev", PARTNER_TENANT);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        RestAssured.given().header("Authorization", "Bearer " + tampered).get("/v1/customers")
                .then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        String expired = Tokens.mint("AdminAgent", "admin@partner.cspdesk.dev", PARTNER_TENANT, "cspdesk-dev",
                Instant.now().minusSeconds(3600));
        RestAssured.given().header("Authorization", "Bearer " + expired).get("/v1/customers")
                .then().statusCode(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthorized() {
        String foreign = Tokens.mint("AdminAgent", "admin@partner.cspdesk.dev", PARTNER_TENANT, "someone-else",
                Instant.now().plusSeconds(600));
        RestAssured.given().header("Authorization", "Bearer " + foreign).get("/v1/customers")
                .then().statusCode(401);
    }

    @Test
    void aHelpDeskAgentCannotAddACustomer() {
        as("HelpDeskAgent").body(Fixtures.customerBody(unique("helpdesk") + ".onmicrosoft.com", "Nope"))
                .post("/v1/customers").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("forbidden_role"));
    }

    @Test
    void aCustomerUserCannotAddACustomer() {
        String customer = Fixtures.newCustomer("Fabrikam");
        asCustomerUser(customer, "someone@" + Fixtures.domainOf(customer))
                .body(Fixtures.customerBody(unique("self") + ".onmicrosoft.com", "Nope"))
                .post("/v1/customers").then().statusCode(403);
    }

    @Test
    void everyAnswerCarriesTheCorrelationIdItWasSent() {
        as("SalesAgent").header("MS-CorrelationId", "c0ffee00-1234-4321-8888-000000000001")
                .get("/v1/customers?size=1").then().statusCode(200)
                .header("MS-CorrelationId", "c0ffee00-1234-4321-8888-000000000001");
    }
}
