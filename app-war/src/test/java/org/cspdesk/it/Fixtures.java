package org.cspdesk.it;

import io.restassured.http.ContentType;

import java.util.Map;

import static org.cspdesk.it.IntegrationTest.as;

/** Builds the data a test needs through the public API, the way a partner would. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Map<String, Object> customerBody(String domain, String companyName) {
        return Map.of(
                "companyProfile", Map.of("domain", domain, "companyName", companyName),
                "billingProfile", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com",
                        "culture", "en-US", "language", "en",
                        "defaultAddress", Map.of("country", "US", "city", "Redmond", "postalCode", "98052",
                                "addressLine1", "1 Microsoft Way")));
    }

    /** A new customer with a unique domain; returns its id (its tenant id). */
    public static String newCustomer(String companyName) {
        String domain = IntegrationTest.unique(companyName.toLowerCase().replaceAll("[^a-z0-9]", "")) + ".onmicrosoft.com";
        return as("AdminAgent").body(customerBody(domain, companyName))
                .post("/v1/customers").then().statusCode(201).extract().path("id");
    }

    public static String domainOf(String customerId) {
        return as("AdminAgent").get("/v1/customers/" + customerId).then().statusCode(200)
                .extract().path("companyProfile.domain");
    }

    /** A new user of that customer; returns its id. */
    public static String newUser(String customerId, String name) {
        return as("AdminAgent").contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", name + "@" + domainOf(customerId), "displayName", name))
                .post("/v1/customers/" + customerId + "/users").then().statusCode(201).extract().path("id");
    }
}
