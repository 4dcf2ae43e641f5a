package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The refusals of docs/api.md: each tells why, buys nothing, and is in the activity log as a failed attempt. */
class WhoMayBuyReservationsIT extends IntegrationTest {

    @Test
    void whileTheSwitchIsOffACustomerUserCannotBuy() {
        String customer = Fixtures.eligibleCustomer("Switch Off");
        String plan = firstSubscription(customer);
        asCustomerUser(customer, "owner@" + Fixtures.domainOf(customer))
                .body(order(D2S_EASTUS, 1, "P1Y", plan, "single"))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(403)
                .body("cspdeskCode", equalTo("purchase_not_permitted")).body("detail", containsString("partner"));
        assertNothingBought(customer);
        assertThat(AuditLog.operations(customer, "failed")).containsExactly("create_order");
    }

    @Test
    void switchingOffStopsCustomerPurchasesAtOnceButKeepsWhatWasBought() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Switched Off Later");
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201);
        Reservations.switchTo(customer.id(), false);

        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403)
                .body("cspdeskCode", equalTo("purchase_not_permitted"));
        customer.owner().get("/v1/customers/" + customer.id() + "/reservations").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].status", equalTo("active"));
    }

    @Test
    void thePartnerCanStillBuyOnTheCustomersBehalfWithTheSwitchOff() {
        String customer = Fixtures.newCustomer("Partner Buys");
        String plan = Fixtures.newAzurePlan(customer);
        as("SalesAgent").body(order(D2S_EASTUS, 1, "P1Y", plan, "shared"))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(201)
                .body("purchasedBy.operatorType", equalTo("partner"))
                .body("purchasedBy.userPrincipalName", equalTo("salesagent@partner.cspdesk.dev"))
                .body("billedTo", equalTo("partner"));
        assertThat(AuditLog.of(customer).get(0)).containsEntry("operationType", "create_order")
                .containsEntry("operatorType", "partner");
    }

    @Test
    void aUserWithoutOwnerOrReservationPurchaserCannotBuyAndNothingIsBought() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("No Owner Here");
        String reader = Fixtures.newUser(customer.id(), "reader");
        Fixtures.assignRole(customer.id(), customer.plan(), reader, "Reader");
        asCustomerUser(customer.id(), "reader@" + Fixtures.domainOf(customer.id()))
                .body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403)
                .body("cspdeskCode", equalTo("owner_role_required"));
        assertNothingBought(customer.id());
        assertRefusalRecorded(customer.id(), "reader@" + Fixtures.domainOf(customer.id()), "owner_role_required");
    }

    @Test
    void aReservationPurchaserMayBuy() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Purchaser Role");
        String buyer = Fixtures.newUser(customer.id(), "buyer");
        Fixtures.assignRole(customer.id(), customer.plan(), buyer, "ReservationPurchaser");
        asCustomerUser(customer.id(), "buyer@" + Fixtures.domainOf(customer.id()))
                .body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201);
    }

    @Test
    void aLicenseSubscriptionIsNotEligibleForReservations() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Licenses Too");
        String licenses = Fixtures.buy(customer.id(), Fixtures.M365_E3, 10);
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", licenses, "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(409)
                .body("cspdeskCode", equalTo("subscription_not_eligible"));
        as("AdminAgent").body(order(D2S_EASTUS, 1, "P1Y", licenses, "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(409)
                .body("cspdeskCode", equalTo("subscription_not_eligible"));
        assertNothingBought(customer.id());
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("create_order", "create_order");
        assertRefusalRecorded(customer.id(), customer.ownerUpn(), "subscription_not_eligible");
    }

    @Test
    void aCustomerUserMayBuyOnAnAzureGlobalSubscriptionWhereItIsOwner() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Legacy Azure");
        String global = Fixtures.buy(customer.id(), Fixtures.AZURE_GLOBAL, 1);
        String owner = as("AdminAgent").get("/v1/customers/" + customer.id() + "/users").then().statusCode(200)
                .extract().path("items[0].id");
        Fixtures.assignRole(customer.id(), global, owner, "Owner");
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", global, "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201)
                .body("lineItems[0].provisioningContext.subscriptionId", equalTo(global));
    }

    @Test
    void aSuspendedAzurePlanIsNotEligible() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Suspended Later");
        Fixtures.setStatus(customer.id(), customer.plan(), "suspended");
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(409)
                .body("cspdeskCode", equalTo("subscription_not_eligible"));
    }

    @Test
    void anotherCustomersSubscriptionIsNotEligible() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Own Plan");
        String otherPlan = Fixtures.newAzurePlan(Fixtures.newCustomer("Other Plan"));
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", otherPlan, "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(409)
                .body("cspdeskCode", equalTo("subscription_not_eligible"));
    }

    @Test
    void aCustomerUserCannotBuyForAnotherCustomerNorSeeItsOrders() {
        Reservations.SelfServeCustomer mine = Reservations.selfServeCustomer("Mine");
        Reservations.SelfServeCustomer theirs = Reservations.selfServeCustomer("Theirs");
        mine.owner().body(order(D2S_EASTUS, 1, "P1Y", theirs.plan(), "single"))
                .post("/v1/customers/" + theirs.id() + "/orders").then().statusCode(404);
        mine.owner().get("/v1/customers/" + theirs.id() + "/orders").then().statusCode(404);
        mine.owner().get("/v1/customers/" + theirs.id() + "/reservations").then().statusCode(404);
        assertNothingBought(theirs.id());
    }

    @Test
    void helpDeskAndBillingAgentsCannotBuy() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Not Sales");
        as("HelpDeskAgent").body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403);
        as("BillingAdmin").body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403);
        assertNothingBought(customer.id());
    }

    @Test
    void badOrdersAreRefusedWithA400AndBuyNothing() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Bad Orders");
        String path = "/v1/customers/" + customer.id() + "/orders";
        customer.owner().body(order("NOPE:0001", 1, "P1Y", customer.plan(), "single")).post(path).then()
                .statusCode(400).body("cspdeskCode", equalTo("unknown_sku"));
        customer.owner().body(order(D2S_EASTUS, 1, "P2Y", customer.plan(), "single")).post(path).then()
                .statusCode(400).body("detail", containsString("P1Y"));
        customer.owner().body(order(D2S_EASTUS, 0, "P1Y", customer.plan(), "single")).post(path).then()
                .statusCode(400);
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", "not-a-uuid", "single")).post(path).then()
                .statusCode(400).body("cspdeskCode", equalTo("invalid_id"));
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "resourceGroup")).post(path).then()
                .statusCode(400).body("cspdeskCode", equalTo("invalid_resource_group"));
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "everywhere")).post(path).then()
                .statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
        customer.owner().body(Map.of("lineItems", List.of())).post(path).then().statusCode(400);
        customer.owner().body("{\"lineItems\": [").post(path).then().statusCode(400);
        assertNothingBought(customer.id());
    }

    @Test
    void aQuantityOrAutoRenewOfTheWrongTypeIsRefusedNotGuessed() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Wrong Types");
        String path = "/v1/customers/" + customer.id() + "/orders";
        // Read leniently, 1.5 and 2^32 + 1 were both a quantity of 1, and "yes" an autoRenew of false. Partner
        // Center's provisioning context is a map of strings: autoRenew is "true" or "false", a string.
        for (String quantity : List.of("1.5", "4294967297", "\"2\"", "true")) {
            customer.owner().body(rawOrder(customer.plan(), quantity, "\"false\"")).post(path).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("cspdeskCode", equalTo("malformed_body"))
                    .body("detail", containsString("whole number"));
        }
        for (String autoRenew : List.of("true", "1")) {
            customer.owner().body(rawOrder(customer.plan(), "1", autoRenew)).post(path).then().statusCode(400)
                    .body("cspdeskCode", equalTo("malformed_body")).body("detail", containsString("string"));
        }
        customer.owner().body(rawOrder(customer.plan(), "1", "\"yes\"")).post(path).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_value")).body("detail", containsString("\"true\" or \"false\""));
        assertNothingBought(customer.id());
        customer.owner().body(rawOrder(customer.plan(), "2.0", "\"true\"")).post(path).then().statusCode(201)
                .body("lineItems[0].quantity", equalTo(2)).body("lineItems[0].provisioningContext.autoRenew",
                        equalTo("true"));
    }

    @Test
    void aSwitchValueOtherThanTrueOrFalseIsRefusedAndTheSwitchStaysAsItWas() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Switch Typo");
        for (String value : List.of("\"yes\"", "\"no\"", "0", "\"false\"")) {
            as("AdminAgent").body("{\"allowCustomerToPurchase\": " + value + "}")
                    .put("/v1/customers/" + customer.id() + "/permissions/azureReservations").then().statusCode(400)
                    .body("cspdeskCode", equalTo("malformed_body"));
        }
        as("AdminAgent").get("/v1/customers/" + customer.id() + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(true));
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201);
    }

    @Test
    void aRefusedOrderRetriedWithTheSameRequestIdIsRefusedAgainButRecordedOnce() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Retries Refusal");
        Reservations.switchTo(customer.id(), false);
        String requestId = java.util.UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            customer.owner().header("MS-RequestId", requestId).body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                    .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403)
                    .body("cspdeskCode", equalTo("purchase_not_permitted"));
        }
        assertNothingBought(customer.id());
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("create_order");
    }

    /** An order's JSON with the quantity and autoRenew written as given, to send values of the wrong type. */
    private static String rawOrder(String plan, String quantity, String autoRenew) {
        return "{\"lineItems\": [{\"offerId\": \"" + D2S_EASTUS + ":P1Y\", \"quantity\": " + quantity
                + ", \"termDuration\": \"P1Y\", \"provisioningContext\": {\"subscriptionId\": \"" + plan
                + "\", \"autoRenew\": " + autoRenew + "}}]}";
    }

    @Test
    void aResourceGroupScopeNamesItsResourceGroup() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Resource Group");
        Map<String, Object> line = Reservations.line(D2S_EASTUS, 1, "P1Y", Map.of("subscriptionId", customer.plan(),
                "scope", "resourceGroup", "resourceGroup", "rg-web_prod(1)", "autoRenew", "true"));
        customer.owner().body(Reservations.order("monthly", line)).post("/v1/customers/" + customer.id() + "/orders")
                .then().statusCode(201).body("lineItems[0].provisioningContext.resourceGroup", equalTo("rg-web_prod(1)"))
                .body("billingCycle", equalTo("monthly"));
        customer.owner().get("/v1/customers/" + customer.id() + "/reservations").then().statusCode(200)
                .body("items[0].scope", equalTo("resourceGroup")).body("items[0].autoRenew", equalTo(true))
                .body("items[0].appliedScopes", equalTo(List.of(customer.plan())));
    }

    private static String firstSubscription(String customer) {
        return as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** The user's newest failed record for the customer is a refused order, with the refusal's code. */
    private static void assertRefusalRecorded(String customer, String upn, String code) {
        Map<String, Object> record = AuditLog.of(customer).stream()
                .filter(r -> "failed".equals(r.get("operationStatus")) && upn.equals(r.get("userPrincipalName")))
                .findFirst().orElseThrow();
        assertThat(record).containsEntry("operationType", "create_order").containsEntry("operatorType", "customer")
                .containsEntry("userPrincipalName", upn);
        List<Object> customizedData = record.get("customizedData") instanceof List<?> list ? List.copyOf(list) : List.of();
        assertThat(customizedData).contains(Map.of("key", "ErrorCode", "value", code));
    }

    private static void assertNothingBought(String customer) {
        as("AdminAgent").get("/v1/customers/" + customer + "/orders").then().statusCode(200)
                .body("items.size()", equalTo(0));
        as("AdminAgent").get("/v1/customers/" + customer + "/reservations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
