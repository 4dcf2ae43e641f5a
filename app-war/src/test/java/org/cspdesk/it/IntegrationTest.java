package org.cspdesk.it;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

/**
 * Base of every integration test: the running WAR's address and requests signed as a given role.
 * Tests create their own customers with unique domains, so they never depend on each other's data.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class IntegrationTest {
    protected static final String PARTNER_TENANT = System.getProperty("it.partner.tenant");

    static {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = Integer.getInteger("it.http.port", 8080);
        // Money is exact: read JSON decimals as BigDecimal, never float.
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** A request as partner staff in that role. */
    protected static RequestSpecification as(String role) {
        return as(role, role.toLowerCase() + "@partner.cspdesk.dev", PARTNER_TENANT);
    }

    /** A request as a customer user of that customer's tenant. */
    protected static RequestSpecification asCustomerUser(String customerId, String upn) {
        return as("CustomerUser", upn, customerId);
    }

    protected static RequestSpecification as(String role, String upn, String tenant) {
        return RestAssured.given()
                .header("Authorization", "Bearer " + Tokens.mint(role, upn, tenant))
                .contentType(ContentType.JSON);
    }

    protected static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    protected static String unique(String word) {
        return word + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
