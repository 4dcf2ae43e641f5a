package org.cspdesk.it;

import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.cspdesk.it.IntegrationTest.as;
import static org.cspdesk.it.IntegrationTest.asCustomerUser;

/** Orders, prices and self-serve customers, set up through the API as a partner and its customers would. */
final class Reservations {
    /** Standard_D2s_v5 in East US: a modest reservation. */
    static final String D2S_EASTUS = "DZH318Z0BQ3S:0001";
    /** Standard_NC4as_T4_v3 in South East Asia: the dearest in the catalog. */
    static final String GPU_SEA = "DZH318Z0BQ43:0003";

    private Reservations() {
    }

    /** A customer with an Azure plan, an Owner and the switch on. */
    record SelfServeCustomer(String id, String plan, String ownerUpn) {
        RequestSpecification owner() {
            return asCustomerUser(id, ownerUpn);
        }
    }

    static SelfServeCustomer selfServeCustomer(String companyName) {
        String customer = Fixtures.newCustomer(companyName);
        String plan = Fixtures.newAzurePlan(customer);
        Fixtures.assignRole(customer, plan, Fixtures.newUser(customer, "owner"), "Owner");
        switchTo(customer, true);
        return new SelfServeCustomer(customer, plan, "owner@" + Fixtures.domainOf(customer));
    }

    static void switchTo(String customerId, boolean allow) {
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", allow))
                .put("/v1/customers/" + customerId + "/permissions/azureReservations").then().statusCode(200);
    }

    /**
     * Partner Center's order body (Create an order; the Java SDK's {@code Order}/{@code OrderLineItem}):
     * {@code billingCycle} for the whole order, line items with {@code offerId} = productId:skuId:term and a
     * provisioning context of strings.
     */
    static Map<String, Object> order(String skuId, int quantity, String term, String subscriptionId, String scope) {
        return order("one_time", line(skuId, quantity, term, subscriptionId, scope));
    }

    @SafeVarargs
    static Map<String, Object> order(String billingCycle, Map<String, Object>... lines) {
        return Map.of("billingCycle", billingCycle, "lineItems", List.of(lines));
    }

    static Map<String, Object> line(String skuId, int quantity, String term, String subscriptionId, String scope) {
        return line(skuId, quantity, term, Map.of("subscriptionId", subscriptionId, "scope", scope,
                "autoRenew", "false"));
    }

    static Map<String, Object> line(String skuId, int quantity, String term, Map<String, String> provisioningContext) {
        return Map.of("offerId", skuId + ":" + term, "quantity", quantity, "termDuration", term,
                "provisioningContext", provisioningContext);
    }

    /**
     * Partner Center's cart line (Create a cart; the SDKs' {@code CartLineItem}): {@code catalogItemId},
     * {@code billingCycle}, and the provisioning context of a reservation, {@code duration} included.
     */
    static Map<String, Object> cartLine(String skuId, int quantity, String term, String billingCycle,
                                        String subscriptionId, String scope) {
        return Map.of("id", 0, "catalogItemId", skuId + ":" + term, "quantity", quantity, "billingCycle", billingCycle,
                "termDuration", term, "provisioningContext", Map.of("subscriptionId", subscriptionId, "scope", scope,
                        "duration", "P1Y".equals(term) ? "1Year" : "3Years"));
    }

    @SafeVarargs
    static Map<String, Object> cart(Map<String, Object>... lines) {
        return Map.of("lineItems", List.of(lines));
    }

    /** The customer's price now of one reservation of that SKU and term, from the partner's price list. */
    static BigDecimal customerPrice(String skuId, String term) {
        List<Map<String, Object>> prices = as("AdminAgent").get("/v1/pricelist").then().statusCode(200)
                .extract().jsonPath().getList("prices");
        return prices.stream().filter(p -> skuId.equals(p.get("skuId")) && term.equals(p.get("term")))
                .map(p -> new BigDecimal(String.valueOf(((Map<?, ?>) p.get("customerPrice")).get("amount"))))
                .findFirst().orElseThrow();
    }

    /** Back to list prices, so that tests that read prices do not depend on each other's. */
    static void listPrices() {
        as("AdminAgent").body(Map.of("markupPercent", 0, "overrides", List.of())).put("/v1/pricelist")
                .then().statusCode(200);
    }

    static BigDecimal amount(Object moneyAmount) {
        return new BigDecimal(String.valueOf(moneyAmount));
    }
}
