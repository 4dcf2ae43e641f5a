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
                .body("cspdeskCode", equalTo("unauthenticated"));
    }

    @Test
    void aTokenWithABadSignatureIsUnauthorized() {
        String token = Tokens.mint("AdminAgent", "admin@partner.cspdesk.dev", PARTNER_TENANT);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        RestAssured.given().header("Authorization", "Bearer " + tampered).get("/v1/customers")
                .then().statusCode(401).body("cspdeskCode", equalTo("invalid_token"))
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
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
                .body("cspdeskCode", equalTo("forbidden_role"));
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

    /** Claims a valid partner token carries, with one part replaced. */
    private static String claims(String groups, String tenant, long iat, long nbf) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"cspdesk-dev\",\"sub\":\"eve@partner.cspdesk.dev\",\"upn\":\"eve@partner.cspdesk.dev\","
                + "\"groups\":" + groups + ",\"tid\":\"" + tenant + "\",\"iat\":" + (now + iat) + ",\"nbf\":"
                + (now + nbf) + ",\"exp\":" + (now + 3600) + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\"}";
    }

    private static io.restassured.response.ValidatableResponse call(String claims) {
        return RestAssured.given().header("Authorization", "Bearer " + Tokens.signed(claims)).get("/v1/customers").then();
    }

    @Test
    void aWellFormedTokenIsAccepted() {
        call(claims("[\"SalesAgent\"]", PARTNER_TENANT, 0, 0)).statusCode(200);
        call(claims("[\"SalesAgent\"]", PARTNER_TENANT, 20, 20)).statusCode(200); // within the clock skew
    }

    @Test
    void aTokenNotValidYetIsUnauthorized() {
        // MicroProfile JWT refuses these by itself when both claims are present; TokenClaimRules refuses them
        // whatever the combination (its unit test).
        call(claims("[\"AdminAgent\"]", PARTNER_TENANT, 0, 86_400)).statusCode(401);
        call(claims("[\"AdminAgent\"]", PARTNER_TENANT, 86_400, 0)).statusCode(401);
    }

    @Test
    void groupsGivenAsOneStringAreUnauthorized() {
        call(claims("\"AdminAgent\"", PARTNER_TENANT, 0, 0)).statusCode(401).body("cspdeskCode", equalTo("invalid_token"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aTokenMixingCustomerAndPartnerRolesIsUnauthorized() {
        String customer = Fixtures.newCustomer("Mixed Roles");
        call(claims("[\"CustomerUser\",\"AdminAgent\"]", customer, 0, 0)).statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("both partner and customer roles"));
        call(claims("[\"CustomerUser\",\"AdminAgent\"]", PARTNER_TENANT, 0, 0)).statusCode(401);
    }

    @Test
    void aTokenWhoseClaimsCannotBeReadStrictlyKeepsNoRuleAndIsUnauthorized() {
        // The rules read the payload strictly; one it could not read (a member twice, U+0000 in any claim, a number
        // of 101 digits) was taken for a token without claims, so every rule passed: a CustomerUser token that also
        // lists AdminAgent acted as an Admin agent again, a token valid only tomorrow was accepted.
        String customer = Fixtures.newCustomer("Unreadable Claims");
        for (String extra : new String[]{",\"jti\":\"twice\"", ",\"note\":\"a\\u0000b\"", ",\"n\":" + "1".repeat(101)}) {
            String mixed = claims("[\"CustomerUser\",\"AdminAgent\"]", customer, 0, 0);
            call(mixed.substring(0, mixed.length() - 1) + extra + "}").statusCode(401).body("cspdeskCode", equalTo("invalid_token"));
            String tomorrow = claims("[\"AdminAgent\"]", PARTNER_TENANT, 86_400, 0);
            call(tomorrow.substring(0, tomorrow.length() - 1) + extra + "}").statusCode(401);
        }
        String fine = claims("[\"SalesAgent\"]", PARTNER_TENANT, 0, 0);
        call(fine.substring(0, fine.length() - 1) + ",\"note\":\"ok\"}").statusCode(200);
    }

    @Test
    void aTokenWhoseTenantDoesNotMatchItsRolesIsUnauthorized() {
        String customer = Fixtures.newCustomer("Wrong Tenant");
        call(claims("[\"AdminAgent\"]", customer, 0, 0)).statusCode(401);
        call(claims("[\"CustomerUser\"]", PARTNER_TENANT, 0, 0)).statusCode(401);
        call(claims("[\"CustomerUser\"]", "not-a-tenant", 0, 0)).statusCode(401);
        call(claims("[\"CustomerUser\"]", customer, 0, 0)).statusCode(200);
    }
}
