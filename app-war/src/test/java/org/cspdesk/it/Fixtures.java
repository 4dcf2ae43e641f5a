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

    /**
     * Partner Center's customer filter, as JSON to send in {@code filter} (a query parameter, which RestAssured
     * encodes): the customers whose {@code field} (CompanyName or Domain) starts with {@code value}.
     */
    public static String customerFilter(String field, String value) {
        return "{\"field\":\"" + field + "\",\"value\":\"" + value + "\",\"operator\":\"starts_with\"}";
    }

    /** The same, URL-encoded, for a URL written out whole. */
    public static String encodedCustomerFilter(String field, String value) {
        return java.net.URLEncoder.encode(customerFilter(field, value), java.nio.charset.StandardCharsets.UTF_8);
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

    public static final String AZURE_PLAN = "DZH318Z0BPS6:0001";
    public static final String AZURE_GLOBAL = "MS-AZR-0145P";
    public static final String M365_E3 = "CFQ7TTC0LFLZ:0001";

    /** The partner buys a subscription of that offer for the customer; returns its id. */
    public static String buy(String customerId, String offerId, int quantity) {
        return as("AdminAgent").body(Map.of("offerId", offerId, "friendlyName", "Test " + offerId, "quantity", quantity))
                .post("/v1/customers/" + customerId + "/subscriptions").then().statusCode(201).extract().path("id");
    }

    public static String newAzurePlan(String customerId) {
        return buy(customerId, AZURE_PLAN, 1);
    }

    public static String assignRole(String customerId, String subscriptionId, String userId, String role) {
        return as("AdminAgent").body(Map.of("userId", userId, "role", role))
                .post("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId + "/roleAssignments")
                .then().statusCode(201).extract().path("id");
    }

    public static void setStatus(String customerId, String subscriptionId, String status) {
        as("AdminAgent").body(Map.of("status", status))
                .patch("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId).then().statusCode(200);
    }

    /** A customer that meets the prerequisites: an active Azure plan with an Owner. */
    public static String eligibleCustomer(String companyName) {
        String customer = newCustomer(companyName);
        String plan = newAzurePlan(customer);
        assignRole(customer, plan, newUser(customer, "owner"), "Owner");
        return customer;
    }

    public static Map<String, Object> policyBody(String customerId, String partnerTenant, String... resources) {
        return Map.of("selfServeEntity", Map.of("selfServeEntityType", "customer", "tenantID", customerId),
                "grantor", Map.of("grantorType", "billToPartner", "tenantID", partnerTenant),
                "permissions", java.util.Arrays.stream(resources).map(r -> Map.of("resource", r, "action", "Purchase")).toList());
    }
}
