package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;
import static org.hamcrest.Matchers.equalTo;

/**
 * The Buy reservation page in one call: on which subscriptions the caller may buy, and why not, as an order would
 * decide; and every role assignment of a customer in one list.
 */
class PurchaseOptionsIT extends IntegrationTest {

    @Test
    void anOwnerMayBuyOnlyOnTheSubscriptionItOwns() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Owns One");
        String global = Fixtures.buy(customer.id(), Fixtures.AZURE_GLOBAL, 1);
        String suspended = Fixtures.newAzurePlan(customer.id());
        Fixtures.setStatus(customer.id(), suspended, "suspended");
        Fixtures.buy(customer.id(), Fixtures.M365_E3, 5); // licences: no reservation is bought on them
        Fixtures.assignRole(customer.id(), global, ownerId(customer.id()), "Reader");

        JsonPath options = optionsAs(customer.owner(), customer.id());
        assertThat(options.getBoolean("allowCustomerToPurchase")).isTrue();
        assertThat(options.getMap("attributes")).isEqualTo(Map.of("objectType", "PurchaseOptions"));
        List<Map<String, Object>> subscriptions = options.getList("subscriptions");
        assertThat(subscriptions).extracting(s -> s.get("subscriptionId")).containsExactly(customer.plan(), global);
        assertThat(subscriptions.get(0)).containsEntry("offerId", Fixtures.AZURE_PLAN)
                .containsEntry("friendlyName", "Test " + Fixtures.AZURE_PLAN).containsEntry("mayBuy", true)
                .containsEntry("reason", null).containsEntry("roles", List.of("Owner"));
        assertThat(subscriptions.get(1)).containsEntry("offerId", Fixtures.AZURE_GLOBAL).containsEntry("mayBuy", false)
                .containsEntry("reason", "owner_role_required").containsEntry("roles", List.of("Reader"));

        // What the options say is what an order does.
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", global, "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403)
                .body("cspdeskCode", equalTo("owner_role_required"));
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(201);
    }

    @Test
    void noOneOfTheCustomerMayBuyWhileTheSwitchIsOff() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Switched Off Options");
        Reservations.switchTo(customer.id(), false);
        String reader = Fixtures.newUser(customer.id(), "reader");
        Fixtures.assignRole(customer.id(), customer.plan(), reader, "Reader");

        for (RequestSpecification user : List.of(customer.owner(),
                asCustomerUser(customer.id(), "reader@" + Fixtures.domainOf(customer.id())))) {
            JsonPath options = optionsAs(user, customer.id());
            assertThat(options.getBoolean("allowCustomerToPurchase")).isFalse();
            assertThat(options.getList("subscriptions", Map.class)).hasSize(1).allSatisfy(s -> assertThat(s)
                    .containsEntry("mayBuy", false).containsEntry("reason", "purchase_not_permitted"));
        }
        assertThat(optionsAs(customer.owner(), customer.id()).getList("subscriptions[0].roles")).containsExactly("Owner");
        customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403)
                .body("cspdeskCode", equalTo("purchase_not_permitted"));
    }

    @Test
    void aSalesAgentMayBuyForTheCustomerWhateverTheSwitch() {
        String customer = Fixtures.newCustomer("Partner Buys Options");
        String plan = Fixtures.newAzurePlan(customer);
        for (String role : List.of("SalesAgent", "AdminAgent", "GlobalAdmin")) {
            JsonPath options = optionsAs(as(role), customer);
            assertThat(options.getBoolean("allowCustomerToPurchase")).isFalse();
            assertThat(options.getList("subscriptions", Map.class)).singleElement().satisfies(s -> assertThat(s)
                    .containsEntry("subscriptionId", plan).containsEntry("mayBuy", true).containsEntry("reason", null)
                    .containsEntry("roles", List.of()));
        }
        as("SalesAgent").body(order(D2S_EASTUS, 1, "P1Y", plan, "single"))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(201);
    }

    @Test
    void aHelpDeskAgentSeesWhyItMayNotBuy() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Help Desk Options");
        for (String role : List.of("HelpDeskAgent", "BillingAdmin")) {
            JsonPath options = optionsAs(as(role), customer.id());
            assertThat(options.getBoolean("allowCustomerToPurchase")).isTrue();
            assertThat(options.getList("subscriptions", Map.class)).singleElement().satisfies(s -> assertThat(s)
                    .containsEntry("mayBuy", false).containsEntry("reason", "partner_role_required")
                    .containsEntry("roles", List.of()));
        }
        as("HelpDeskAgent").body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post("/v1/customers/" + customer.id() + "/orders").then().statusCode(403);
    }

    @Test
    void aCustomerUserSeesOnlyItsOwnCustomersOptions() {
        Reservations.SelfServeCustomer mine = Reservations.selfServeCustomer("Mine Options");
        Reservations.SelfServeCustomer theirs = Reservations.selfServeCustomer("Theirs Options");
        mine.owner().get("/v1/customers/" + theirs.id() + "/purchaseOptions/azureReservations").then().statusCode(404)
                .body("cspdeskCode", equalTo("customer_not_found"));
        mine.owner().get("/v1/customers/" + theirs.id() + "/roleAssignments").then().statusCode(404)
                .body("cspdeskCode", equalTo("customer_not_found"));
        as("AdminAgent").get("/v1/customers/3fa85f64-5717-4562-b3fc-2c963f66afa6/purchaseOptions/azureReservations")
                .then().statusCode(404).body("cspdeskCode", equalTo("customer_not_found"));
        assertThat(optionsAs(mine.owner(), mine.id()).getList("subscriptions.subscriptionId")).containsExactly(mine.plan());
    }

    @Test
    void roleAssignmentsOfTheWholeCustomerFilterByUser() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("All Roles");
        String global = Fixtures.buy(customer.id(), Fixtures.AZURE_GLOBAL, 1);
        String owner = ownerId(customer.id());
        String bob = Fixtures.newUser(customer.id(), "bob");
        Fixtures.assignRole(customer.id(), global, owner, "Reader");
        Fixtures.assignRole(customer.id(), customer.plan(), bob, "Contributor");
        Fixtures.assignRole(customer.id(), customer.plan(), bob, "ReservationPurchaser");
        Fixtures.newUser(Fixtures.newCustomer("Someone Else"), "carol");

        List<Map<String, Object>> all = as("HelpDeskAgent").get("/v1/customers/" + customer.id() + "/roleAssignments")
                .then().statusCode(200).body("totalCount", equalTo(4)).extract().jsonPath().getList("items");
        Comparator<Map<String, Object>> order = Comparator.<Map<String, Object>, String>comparing(a -> (String) a.get("subscriptionId"))
                .thenComparing(a -> (String) a.get("userPrincipalName")).thenComparing(a -> (String) a.get("role"));
        assertThat(all).isSortedAccordingTo(order);
        assertThat(all).extracting(a -> a.get("userId") + " " + a.get("subscriptionId") + " " + a.get("role"))
                .containsExactlyInAnyOrder(owner + " " + customer.plan() + " Owner", owner + " " + global + " Reader",
                        bob + " " + customer.plan() + " Contributor", bob + " " + customer.plan() + " ReservationPurchaser");
        assertThat(all.get(0)).containsKeys("id", "subscriptionId", "userId", "userPrincipalName", "role");

        List<Map<String, Object>> paged = new ArrayList<>();
        String token = null;
        do {
            JsonPath page = customer.owner().queryParam("size", 1)
                    .queryParams(token == null ? Map.of() : Map.of("continuationToken", token))
                    .get("/v1/customers/" + customer.id() + "/roleAssignments").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items"));
            token = page.getString("continuationToken");
        } while (token != null && paged.size() < 10);
        assertThat(paged).isEqualTo(all);

        List<Map<String, Object>> bobs = as("AdminAgent").queryParam("userId", bob)
                .get("/v1/customers/" + customer.id() + "/roleAssignments").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(bobs).extracting(a -> a.get("role")).containsExactly("Contributor", "ReservationPurchaser");
        assertThat(bobs).allSatisfy(a -> assertThat(a).containsEntry("userPrincipalName",
                "bob@" + Fixtures.domainOf(customer.id())).containsEntry("subscriptionId", customer.plan()));
        as("AdminAgent").queryParam("userId", "bob").get("/v1/customers/" + customer.id() + "/roleAssignments")
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_id"));
    }

    private static JsonPath optionsAs(RequestSpecification caller, String customerId) {
        return caller.get("/v1/customers/" + customerId + "/purchaseOptions/azureReservations").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String ownerId(String customerId) {
        List<Map<String, Object>> users = as("AdminAgent").get("/v1/customers/" + customerId + "/users").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return (String) users.stream().filter(u -> ((String) u.get("userPrincipalName")).startsWith("owner@"))
                .findFirst().orElseThrow().get("id");
    }
}
