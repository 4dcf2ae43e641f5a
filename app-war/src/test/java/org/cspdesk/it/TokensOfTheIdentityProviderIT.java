package org.cspdesk.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Tokens a real OpenID Connect provider (Keycloak, started by the build) issues, sent to the API as they come:
 * partner staff with the roles its app roles give, a partner's back end with client credentials, a customer
 * tenant's users (only the one CSP Desk knows), and a realm nobody trusts.
 */
class TokensOfTheIdentityProviderIT extends IntegrationTest {

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String accessTokenOf(TestIdentityProvider.User user) {
        return TestIdentityProvider.passwordGrant(user).accessToken();
    }

    @Test
    void aBackEndWithClientCredentialsListsCustomers() {
        String token = TestIdentityProvider.clientCredentials();
        String customer = Fixtures.newCustomer("Listed For The Back End");
        bearer(token).get("/v1/customers?size=500").then().statusCode(200).body("items.id", hasItem(customer));

        String correlation = UUID.randomUUID().toString();
        bearer(token).header("MS-CorrelationId", correlation)
                .body(Fixtures.customerBody(unique("backend") + ".onmicrosoft.com", "Added By The Back End"))
                .post("/v1/customers").then().statusCode(201);
        assertThat(AuditLog.withCorrelation(correlation, "add_customer"))
                .containsEntry("operatorType", "application")
                .containsEntry("applicationId", TestIdentityProvider.BACKEND_CLIENT_ID)
                .containsEntry("userPrincipalName", TestIdentityProvider.BACKEND_CLIENT_ID);
    }

    @Test
    void anAdminAgentOfTheProviderTurnsTheSwitchOnAndTheLogNamesTheUser() {
        String customer = Fixtures.eligibleCustomer("Switched By The Provider's Admin");
        bearer(accessTokenOf(TestIdentityProvider.ADMIN_AGENT)).body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(true));
        assertThat(AuditLog.of(customer).get(0)).containsEntry("operationType", "create_self_serve_policy")
                .containsEntry("operatorType", "partner")
                .containsEntry("userPrincipalName", TestIdentityProvider.ADMIN_AGENT.email());
    }

    @Test
    void aSalesAgentOfTheProviderCannotTurnTheSwitchOnAndTheRefusalIsRecorded() {
        String customer = Fixtures.eligibleCustomer("Refused To The Provider's Sales Agent");
        bearer(accessTokenOf(TestIdentityProvider.SALES_AGENT)).body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(403)
                .body("cspdeskCode", equalTo("forbidden_role"));
        assertThat(AuditLog.of(customer).get(0)).containsEntry("operationStatus", "failed")
                .containsEntry("userPrincipalName", TestIdentityProvider.SALES_AGENT.email());
    }

    @Test
    void aCustomerTenantUserUnknownToThePartnerIsRefused() {
        String tenant = CustomerTenantOfTheProvider.ensure();
        bearer(accessTokenOf(TestIdentityProvider.KNOWN_USER)).get("/v1/customers/" + tenant).then().statusCode(200)
                .body("id", equalTo(tenant));

        bearer(accessTokenOf(TestIdentityProvider.UNKNOWN_USER)).get("/v1/customers/" + tenant).then().statusCode(403)
                .contentType("application/problem+json").body("cspdeskCode", equalTo("unknown_customer_user"));
        String correlation = UUID.randomUUID().toString();
        bearer(accessTokenOf(TestIdentityProvider.UNKNOWN_USER)).header("MS-CorrelationId", correlation)
                .body(Fixtures.customerBody(unique("unknown") + ".onmicrosoft.com", "Never Added"))
                .post("/v1/customers").then().statusCode(403).body("cspdeskCode", equalTo("unknown_customer_user"));
        assertThat(AuditLog.withCorrelation(correlation, "add_customer"))
                .containsEntry("operationStatus", "failed")
                .containsEntry("operatorType", "customer")
                .containsEntry("userPrincipalName", TestIdentityProvider.UNKNOWN_USER.email())
                .containsEntry("customerId", tenant);
    }

    @Test
    void aDeletedCustomerUserIsSignedOutThoughItsProviderNamesItOtherwise() {
        // CSP Desk knows known.user by its object id; its provider calls it known.user@customer.example, a UPN
        // CSP Desk does not hold for it. Deleted, its token (verified once, kept) must not serve it any more.
        String tenant = CustomerTenantOfTheProvider.ensure();
        String token = accessTokenOf(TestIdentityProvider.KNOWN_USER);
        bearer(token).get("/v1/customers/" + tenant).then().statusCode(200);
        try {
            as("AdminAgent").delete("/v1/customers/" + tenant + "/users/" + TestIdentityProvider.KNOWN_USER.id())
                    .then().statusCode(204);
            bearer(token).get("/v1/customers/" + tenant).then().statusCode(401)
                    .body("cspdeskCode", equalTo("user_deleted"));
        } finally {
            Database.asOwner("update customers.customer_user set state = 'ACTIVE', soft_deletion_time = null"
                    + " where id = '" + TestIdentityProvider.KNOWN_USER.id() + "'");
        }
    }

    @Test
    void aCustomersTenantSpelledInCapitalsIsStillThatTenantsIssuerWithItsKeys() {
        // Each spelling was an issuer of its own, whose discovery (which names the issuer in lower case) was fetched
        // again on every request and refused: a 503 per request, and a call to the provider per request.
        String tenant = CustomerTenantOfTheProvider.ensure();
        String payload = "{\"iss\":\"" + TestIdentityProvider.issuer(tenant.toUpperCase()) + "\",\"aud\":\""
                + TestIdentityProvider.AUDIENCE + "\",\"sub\":\"" + TestIdentityProvider.KNOWN_USER.id()
                + "\",\"upn\":\"" + TestIdentityProvider.KNOWN_USER.email() + "\",\"exp\":"
                + (System.currentTimeMillis() / 1000 + 300) + "}";
        String forged = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(payload) + "."
                + base64Url("not a signature");
        for (int i = 0; i < 2; i++) {
            bearer(forged).get("/v1/customers/" + tenant).then().statusCode(401)
                    .body("cspdeskCode", equalTo("invalid_token"));
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenFromAnUntrustedIssuerIsRefused() {
        String token = accessTokenOf(TestIdentityProvider.UNTRUSTED_ADMIN_AGENT);
        assertThat(TestIdentityProvider.claims(token).getList("roles", String.class)).contains("AdminAgent");
        bearer(token).get("/v1/customers").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("cspdeskCode", equalTo("untrusted_issuer"));
    }

    @Test
    void anIdTokenIsNotAnAccessToken() {
        String idToken = TestIdentityProvider.passwordGrant(TestIdentityProvider.ADMIN_AGENT).idToken();
        bearer(idToken).get("/v1/customers").then().statusCode(401).body("cspdeskCode", equalTo("invalid_token"));
    }
}
