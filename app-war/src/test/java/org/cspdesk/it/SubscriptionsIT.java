package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The offers catalog and the subscriptions the partner buys for its customers. */
class SubscriptionsIT extends IntegrationTest {

    private static String subscriptions(String customer) {
        return "/v1/customers/" + customer + "/subscriptions";
    }

    private static Map<String, Object> order(String offerId, String friendlyName, int quantity) {
        return Map.of("offerId", offerId, "friendlyName", friendlyName, "quantity", quantity);
    }

    @Test
    void theCatalogHasAzurePlanAzureGlobalAndLicenseOffers() {
        as("HelpDeskAgent").get("/v1/offers").then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection"))
                .body("items.id", hasItems(Fixtures.AZURE_PLAN, Fixtures.AZURE_GLOBAL, Fixtures.M365_E3))
                .body("items.find { it.id == 'DZH318Z0BPS6:0001' }.category", equalTo("azure_plan"))
                .body("items.find { it.id == 'DZH318Z0BPS6:0001' }.billingType", equalTo("usage"))
                .body("items.find { it.id == 'MS-AZR-0145P' }.category", equalTo("azure_global"))
                .body("items.find { it.id == 'MS-AZR-0145P' }.billingType", equalTo("usage"))
                .body("items.find { it.id == 'CFQ7TTC0LFLZ:0001' }.name", equalTo("Microsoft 365 E3"))
                .body("items.findAll { it.category == 'license' }.billingType", everyItem(equalTo("license")))
                .body("items.findAll { it.category == 'license' }", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(4)))
                .body("items.unitType", everyItem(notNullValue()));
    }

    @Test
    void everyRoleAndACustomerUserReadTheCatalog() {
        for (String role : List.of("AdminAgent", "SalesAgent", "HelpDeskAgent", "BillingAdmin", "GlobalAdmin")) {
            as(role).get("/v1/offers").then().statusCode(200);
        }
        String customer = Fixtures.newCustomer("Catalog Reader");
        asCustomerUser(customer, "me@" + Fixtures.domainOf(customer)).get("/v1/offers").then().statusCode(200);
        anonymous().get("/v1/offers").then().statusCode(401);
    }

    @Test
    void aPartnerBuysAnAzurePlanForACustomer() {
        String customer = Fixtures.newCustomer("Buyer");
        Response bought = as("SalesAgent").body(order(Fixtures.AZURE_PLAN, "Prod", 1)).post(subscriptions(customer));
        bought.then().statusCode(201)
                .body("offerId", equalTo(Fixtures.AZURE_PLAN)).body("offerName", equalTo("Azure plan"))
                .body("friendlyName", equalTo("Prod")).body("quantity", equalTo(1))
                .body("status", equalTo("active")).body("billingType", equalTo("usage"))
                .body("creationDate", notNullValue())
                .body("attributes.objectType", equalTo("Subscription")).body("attributes.etag", notNullValue());
        String id = bought.path("id");
        assertThat(bought.header("Location")).endsWith(subscriptions(customer) + "/" + id);
        assertThat(bought.header("ETag")).isEqualTo(bought.<String>path("attributes.etag"));

        as("HelpDeskAgent").get(subscriptions(customer) + "/" + id).then().statusCode(200)
                .header("ETag", equalTo(bought.header("ETag")))
                .body("creationDate", equalTo(bought.<String>path("creationDate")))
                .body("status", equalTo("active"));
        as("BillingAdmin").get(subscriptions(customer)).then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection")).body("items.id", equalTo(List.of(id)));
        assertThat(AuditLog.operations(customer, "succeeded")).contains("create_order");
    }

    @Test
    void aLicenseOfferIsBoughtInSeats() {
        String customer = Fixtures.newCustomer("Seats");
        as("GlobalAdmin").body(order(Fixtures.M365_E3, "Staff", 250)).post(subscriptions(customer)).then()
                .statusCode(201).body("quantity", equalTo(250)).body("billingType", equalTo("license"));
    }

    @Test
    void theFriendlyNameDefaultsToTheOfferName() {
        String customer = Fixtures.newCustomer("No Name");
        as("AdminAgent").body(Map.of("offerId", Fixtures.AZURE_GLOBAL, "quantity", 1)).post(subscriptions(customer))
                .then().statusCode(201).body("friendlyName", equalTo("Microsoft Azure (legacy, Azure Global)"));
    }

    @Test
    void anUnknownOfferIsABadRequest() {
        String customer = Fixtures.newCustomer("Unknown Offer");
        as("AdminAgent").body(Map.of("offerId", "NOPE", "quantity", 1))
                .post(subscriptions(customer)).then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_offer")).body("detail", containsString("NOPE"));
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        String nobody = UUID.randomUUID().toString();
        as("AdminAgent").body(order(Fixtures.AZURE_PLAN, "Prod", 1)).post(subscriptions(nobody)).then()
                .statusCode(404).body("cspdeskCode", equalTo("customer_not_found"));
        as("AdminAgent").get(subscriptions(nobody)).then().statusCode(404);
        as("AdminAgent").get(subscriptions(nobody) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anUnknownSubscriptionIsNotFound() {
        String customer = Fixtures.newCustomer("Missing");
        as("AdminAgent").get(subscriptions(customer) + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("cspdeskCode", equalTo("subscription_not_found"));
        as("AdminAgent").body(Map.of("status", "suspended")).patch(subscriptions(customer) + "/" + UUID.randomUUID())
                .then().statusCode(404);
        as("AdminAgent").get(subscriptions(customer) + "/not-a-uuid").then().statusCode(400);
    }

    @Test
    void aSubscriptionOfAnotherCustomerIsNotFoundUnderThisOne() {
        String customer = Fixtures.newCustomer("Mine");
        String other = Fixtures.newCustomer("Theirs");
        String theirs = Fixtures.newAzurePlan(other);
        as("AdminAgent").get(subscriptions(customer) + "/" + theirs).then().statusCode(404);
        as("AdminAgent").body(Map.of("status", "deleted")).patch(subscriptions(customer) + "/" + theirs)
                .then().statusCode(404);
        as("AdminAgent").get(subscriptions(other) + "/" + theirs).then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void theQuantityIsOneToTenThousand() {
        String customer = Fixtures.newCustomer("Quantity");
        for (int bad : new int[]{0, -1, 10001}) {
            as("AdminAgent").body(order(Fixtures.M365_E3, "E3", bad)).post(subscriptions(customer)).then()
                    .statusCode(400).body("cspdeskCode", equalTo("validation_failed"));
        }
        as("AdminAgent").body(order(Fixtures.M365_E3, "E3", 10000)).post(subscriptions(customer)).then().statusCode(201);
        as("AdminAgent").body(Map.of("offerId", Fixtures.M365_E3)).post(subscriptions(customer)).then().statusCode(400);
    }

    @Test
    void aUsageOfferHasQuantityOne() {
        String customer = Fixtures.newCustomer("Usage");
        as("AdminAgent").body(order(Fixtures.AZURE_PLAN, "Prod", 2)).post(subscriptions(customer)).then()
                .statusCode(400).body("cspdeskCode", equalTo("invalid_quantity"));
        as("AdminAgent").body(order(Fixtures.AZURE_GLOBAL, "Legacy", 5)).post(subscriptions(customer)).then()
                .statusCode(400).body("cspdeskCode", equalTo("invalid_quantity"));
        as("AdminAgent").get(subscriptions(customer)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void onlyAdminAgentSalesAgentAndGlobalAdminBuy() {
        String customer = Fixtures.newCustomer("Who Buys");
        for (String role : List.of("HelpDeskAgent", "BillingAdmin")) {
            as(role).body(order(Fixtures.AZURE_PLAN, "Prod", 1)).post(subscriptions(customer)).then().statusCode(403);
        }
        for (String role : List.of("AdminAgent", "SalesAgent", "GlobalAdmin")) {
            as(role).body(order(Fixtures.M365_E3, role, 1)).post(subscriptions(customer)).then().statusCode(201);
        }
        as("HelpDeskAgent").get(subscriptions(customer)).then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void aPartnerSuspendsReactivatesAndRenamesASubscription() {
        String customer = Fixtures.newCustomer("Lifecycle");
        String plan = Fixtures.newAzurePlan(customer);
        String path = subscriptions(customer) + "/" + plan;
        String etag = as("AdminAgent").get(path).header("ETag");
        Response suspended = as("SalesAgent").header("If-Match", etag).body(Map.of("status", "suspended")).patch(path);
        suspended.then().statusCode(200).body("status", equalTo("suspended"));
        assertThat(suspended.header("ETag")).isNotEqualTo(etag);
        assertThat(suspended.header("ETag")).isEqualTo(suspended.<String>path("attributes.etag"));
        as("GlobalAdmin").body(Map.of("status", "active", "friendlyName", "Production")).patch(path).then()
                .statusCode(200).body("status", equalTo("active")).body("friendlyName", equalTo("Production"));
        as("HelpDeskAgent").get(path).then().body("status", equalTo("active")).body("friendlyName", equalTo("Production"));
        assertThat(AuditLog.operations(customer, "succeeded"))
                .containsSequence("create_order", "update_subscription", "update_subscription");
    }

    @Test
    void aPatchThatChangesNothingIsNoChange() {
        String customer = Fixtures.newCustomer("Same");
        String plan = Fixtures.newAzurePlan(customer);
        String path = subscriptions(customer) + "/" + plan;
        String etag = as("AdminAgent").get(path).header("ETag");
        as("AdminAgent").body(Map.of("status", "active")).patch(path).then().statusCode(200).header("ETag", equalTo(etag));
        assertThat(AuditLog.operations(customer, "succeeded")).doesNotContain("update_subscription");
    }

    @Test
    void aDeletedSubscriptionCannotComeBack() {
        String customer = Fixtures.newCustomer("Deleter");
        String plan = Fixtures.newAzurePlan(customer);
        String path = subscriptions(customer) + "/" + plan;
        Fixtures.setStatus(customer, plan, "deleted");
        for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("status", "active"),
                Map.of("status", "suspended"), Map.of("status", "deleted"), Map.of("friendlyName", "Back"))) {
            as("AdminAgent").body(change).patch(path).then().statusCode(409).body("cspdeskCode", equalTo("subscription_deleted"));
        }
        as("AdminAgent").get(path).then().statusCode(200).body("status", equalTo("deleted"));
    }

    @Test
    void aStaleEtagIsRefused() {
        String customer = Fixtures.newCustomer("Etag");
        String plan = Fixtures.newAzurePlan(customer);
        String path = subscriptions(customer) + "/" + plan;
        String etag = as("AdminAgent").get(path).header("ETag");
        Fixtures.setStatus(customer, plan, "suspended");
        as("AdminAgent").header("If-Match", etag).body(Map.of("status", "active")).patch(path).then()
                .statusCode(412).body("cspdeskCode", equalTo("etag_mismatch"));
        as("AdminAgent").header("If-Match", "\"not-a-version\"").body(Map.of("status", "active")).patch(path).then()
                .statusCode(412).body("cspdeskCode", equalTo("etag_mismatch"));
        as("AdminAgent").get(path).then().body("status", equalTo("suspended"));
        assertThat(AuditLog.operations(customer, "failed")).contains("update_subscription");
    }

    @Test
    void theCurrentEtagOrAStarIsAccepted() {
        String customer = Fixtures.newCustomer("Fresh Etag");
        String plan = Fixtures.newAzurePlan(customer);
        String path = subscriptions(customer) + "/" + plan;
        String etag = as("AdminAgent").get(path).header("ETag");
        as("AdminAgent").header("If-Match", etag).body(Map.of("friendlyName", "Renamed")).patch(path).then().statusCode(200);
        as("AdminAgent").header("If-Match", "*").body(Map.of("friendlyName", "Again")).patch(path).then().statusCode(200);
    }

    @Test
    void aPatchNeedsAStatusOrAFriendlyName() {
        String customer = Fixtures.newCustomer("Empty Patch");
        String path = subscriptions(customer) + "/" + Fixtures.newAzurePlan(customer);
        as("AdminAgent").body(Map.of()).patch(path).then().statusCode(400).body("cspdeskCode", equalTo("validation_failed"));
        as("AdminAgent").body(Map.of("friendlyName", "  ")).patch(path).then().statusCode(400)
                .body("cspdeskCode", equalTo("validation_failed"));
    }

    @Test
    void anUnknownStatusIsABadRequestListingTheAllowedOnes() {
        String customer = Fixtures.newCustomer("Status");
        String path = subscriptions(customer) + "/" + Fixtures.newAzurePlan(customer);
        as("AdminAgent").body(Map.of("status", "paused")).patch(path).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_value")).body("detail", containsString("active, pending, suspended"));
        as("AdminAgent").body(Map.of("status", "expired")).patch(path).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_value"));
    }

    @Test
    void pagingWalksEverySubscriptionExactlyOnce() {
        String customer = Fixtures.newCustomer("Many");
        List<String> bought = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bought.add(Fixtures.buy(customer, Fixtures.M365_E3, i + 1));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var request = as("HelpDeskAgent").queryParam("size", 2);
            if (token != null) {
                request.queryParam("continuationToken", token);
            }
            Response page = request.get(subscriptions(customer));
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            token = page.path("continuationToken");
            pages++;
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(bought);
        assertThat(pages).isEqualTo(3);
        // size=0 is Partner Center's "the default" now (ADR 0015): every subscription on one page; -1 is refused.
        as("HelpDeskAgent").get(subscriptions(customer) + "?size=0").then().statusCode(200)
                .body("items.id", equalTo(bought)).body("continuationToken", nullValue());
        as("HelpDeskAgent").get(subscriptions(customer) + "?size=-1").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_page_size"));
    }

    @Test
    void aContinuationTokenOfAnotherCustomerIsRefused() {
        String customer = Fixtures.newCustomer("Token One");
        String other = Fixtures.newCustomer("Token Two");
        Fixtures.buy(customer, Fixtures.M365_E3, 1);
        Fixtures.buy(customer, Fixtures.M365_E3, 2);
        String token = as("AdminAgent").get(subscriptions(customer) + "?size=1").path("continuationToken");
        as("AdminAgent").queryParam("continuationToken", token).get(subscriptions(other)).then().statusCode(400);
    }

    @Test
    void aCustomerUserSeesOnlyItsOwnSubscriptions() {
        String customer = Fixtures.newCustomer("Self");
        String other = Fixtures.newCustomer("Else");
        String plan = Fixtures.newAzurePlan(customer);
        String theirs = Fixtures.newAzurePlan(other);
        String upn = "me@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).get(subscriptions(customer)).then().statusCode(200)
                .body("items.id", equalTo(List.of(plan)));
        asCustomerUser(customer, upn).get(subscriptions(customer) + "/" + plan).then().statusCode(200);
        asCustomerUser(customer, upn).get(subscriptions(other)).then().statusCode(404);
        asCustomerUser(customer, upn).get(subscriptions(other) + "/" + theirs).then().statusCode(404);
    }

    @Test
    void aCustomerUserCannotBuyASubscription() {
        String customer = Fixtures.newCustomer("Self Buyer");
        String upn = "me@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).body(order(Fixtures.AZURE_PLAN, "Mine", 1)).post(subscriptions(customer))
                .then().statusCode(403);
        as("AdminAgent").get(subscriptions(customer)).then().body("items", hasSize(0));
    }

    @Test
    void aCustomerUserCannotChangeASubscription() {
        String customer = Fixtures.newCustomer("Self Changer");
        String plan = Fixtures.newAzurePlan(customer);
        asCustomerUser(customer, "me@" + Fixtures.domainOf(customer)).body(Map.of("status", "suspended"))
                .patch(subscriptions(customer) + "/" + plan).then().statusCode(403);
        as("AdminAgent").get(subscriptions(customer) + "/" + plan).then().body("status", equalTo("active"));
    }

    @Test
    void aHelpDeskAgentReadsButCannotChangeASubscription() {
        String customer = Fixtures.newCustomer("Help Desk");
        String plan = Fixtures.newAzurePlan(customer);
        as("HelpDeskAgent").body(Map.of("status", "suspended")).patch(subscriptions(customer) + "/" + plan)
                .then().statusCode(403);
        as("BillingAdmin").body(Map.of("status", "suspended")).patch(subscriptions(customer) + "/" + plan)
                .then().statusCode(403);
        as("HelpDeskAgent").get(subscriptions(customer) + "/" + plan).then().statusCode(200).body("status", equalTo("active"));
    }
}
