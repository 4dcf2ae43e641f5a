package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

class HealthAndDocumentIT extends IntegrationTest {

    @Test
    void readyOnlyWhenTheDatabaseAnswers() {
        anonymous().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void liveWithoutAToken() {
        anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsTheirRolesAndErrors() {
        anonymous().get("/openapi").then().statusCode(200)
                .body(containsString("/v1/customers/{customerId}/users"))
                .body(containsString("Roles: AdminAgent, SalesAgent, GlobalAdmin"))
                .body(containsString("domain_taken"));
    }
}
