package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

class SubscriptionsIT extends IntegrationTest {

    @Test
    void theCatalogHasAzurePlanAzureGlobalAndLicenseOffers() {
        as("HelpDeskAgent").get("/v1/offers").then().statusCode(200)
                .body("items.id", hasItems(Fixtures.AZURE_PLAN, Fixtures.AZURE_GLOBAL, Fixtures.M365_E3))
                .body("items.find { it.id == 'DZH318Z0BPS6:0001' }.category", equalTo("azure_plan"))
                .body("items.find { it.id == 'MS-AZR-0145P' }.billingType", equalTo("usage"))
                .body("items.find { it.id == 'CFQ7TTC0LFLZ:0001' }.billingType", equalTo("license"));
    }

    @Test
    void aPartnerBuysAnAzurePlanForACustomer() {
        String customer = Fixtures.newCustomer("Buyer");
        as("SalesAgent").body(Map.of("offerId", Fixtures.AZURE_PLAN, "friendlyName", "Prod", "quantity", 1))
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201)
                .body("status", equalTo("active")).body("billingType", equalTo("usage"))
                .body("offerName", equalTo("Azure plan")).body("attributes.objectType", equalTo("Subscription"));
        as("HelpDeskAgent").get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void anUnknownOfferIsABadRequest() {
        String customer = Fixtures.newCustomer("Unknown Offer");
        as("AdminAgent").body(Map.of("offerId", "NOPE", "quantity", 1))
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(400)
                .body("code", equalTo("unknown_offer"));
    }

    @Test
    void aDeletedSubscriptionCannotComeBack() {
        String customer = Fixtures.newCustomer("Deleter");
        String plan = Fixtures.newAzurePlan(customer);
        Fixtures.setStatus(customer, plan, "deleted");
        as("AdminAgent").body(Map.of("status", "active"))
                .patch("/v1/customers/" + customer + "/subscriptions/" + plan).then().statusCode(409)
                .body("code", equalTo("subscription_deleted"));
    }

    @Test
    void aStaleEtagIsRefused() {
        String customer = Fixtures.newCustomer("Etag");
        String plan = Fixtures.newAzurePlan(customer);
        String etag = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions/" + plan).header("ETag");
        Fixtures.setStatus(customer, plan, "suspended");
        as("AdminAgent").header("If-Match", etag).body(Map.of("status", "active"))
                .patch("/v1/customers/" + customer + "/subscriptions/" + plan).then().statusCode(412)
                .body("code", equalTo("etag_mismatch"));
    }

    @Test
    void anUnknownStatusIsABadRequestListingTheAllowedOnes() {
        String customer = Fixtures.newCustomer("Status");
        String plan = Fixtures.newAzurePlan(customer);
        as("AdminAgent").body(Map.of("status", "paused"))
                .patch("/v1/customers/" + customer + "/subscriptions/" + plan).then().statusCode(400)
                .body("code", equalTo("invalid_value"));
    }

    @Test
    void aCustomerUserSeesItsOwnSubscriptionsButCannotBuy() {
        String customer = Fixtures.newCustomer("Self");
        String other = Fixtures.newCustomer("Else");
        Fixtures.newAzurePlan(customer);
        String upn = "me@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .body("items", hasSize(1));
        asCustomerUser(customer, upn).get("/v1/customers/" + other + "/subscriptions").then().statusCode(404);
        asCustomerUser(customer, upn).body(Map.of("offerId", Fixtures.AZURE_PLAN, "quantity", 1))
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(403);
    }

    @Test
    void aRoleCanOnlyBeGivenToAUserOfTheSameCustomer() {
        String customer = Fixtures.newCustomer("Roles");
        String other = Fixtures.newCustomer("Stranger");
        String plan = Fixtures.newAzurePlan(customer);
        String stranger = Fixtures.newUser(other, "stranger");
        as("AdminAgent").body(Map.of("userId", stranger, "role", "Owner"))
                .post("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments")
                .then().statusCode(400).body("code", equalTo("unknown_user"));
        String owner = Fixtures.newUser(customer, "owner");
        String assignment = Fixtures.assignRole(customer, plan, owner, "Owner");
        as("AdminAgent").body(Map.of("userId", owner, "role", "Owner"))
                .post("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments")
                .then().statusCode(409).body("code", equalTo("role_already_assigned"));
        as("HelpDeskAgent").get("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments")
                .then().statusCode(200).body("items.role", equalTo(java.util.List.of("Owner")));
        as("AdminAgent").delete("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments/" + assignment)
                .then().statusCode(204);
    }
}
