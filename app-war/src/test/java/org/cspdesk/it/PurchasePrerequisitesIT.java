package org.cspdesk.it;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** PRODUCT.md rule 3: an active Azure plan or Azure Global subscription, and Owner on it. */
class PurchasePrerequisitesIT extends IntegrationTest {

    private static ValidatableResponse prerequisitesOf(String customer) {
        return as("SalesAgent").get("/v1/customers/" + customer + "/purchasePrerequisites?resource=AzureReservedInstances")
                .then().statusCode(200);
    }

    @Test
    void aCustomerWithoutAzureFailsBothChecksAndIsToldHowToFixThem() {
        String customer = Fixtures.newCustomer("Nothing Yet");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.detail", containsString("buy an Azure plan"))
                .body("checks.find { it.code == 'owner_role' }.detail", containsString("assign the Owner role"));
    }

    @Test
    void anActiveAzurePlanWithAnOwnerMeetsThem() {
        String customer = Fixtures.newCustomer("Ready");
        String plan = Fixtures.newAzurePlan(customer);
        Fixtures.assignRole(customer, plan, Fixtures.newUser(customer, "owner"), "Owner");
        prerequisitesOf(customer).body("met", equalTo(true))
                .body("checks.find { it.code == 'azure_subscription' }.subscriptionIds", equalTo(List.of(plan)))
                .body("checks.find { it.code == 'owner_role' }.subscriptionIds", equalTo(List.of(plan)));
    }

    @Test
    void azureGlobalCountsLikeAnAzurePlan() {
        String customer = Fixtures.newCustomer("Legacy");
        String legacy = Fixtures.buy(customer, Fixtures.AZURE_GLOBAL, 1);
        Fixtures.assignRole(customer, legacy, Fixtures.newUser(customer, "owner"), "Owner");
        prerequisitesOf(customer).body("met", equalTo(true));
    }

    @Test
    void aLicenseSubscriptionNeverCounts() {
        String customer = Fixtures.newCustomer("Licenses Only");
        String e3 = Fixtures.buy(customer, Fixtures.M365_E3, 25);
        Fixtures.assignRole(customer, e3, Fixtures.newUser(customer, "owner"), "Owner");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.met", equalTo(false))
                .body("checks.find { it.code == 'owner_role' }.met", equalTo(false));
    }

    @Test
    void aSuspendedAzurePlanDoesNotCount() {
        String customer = Fixtures.eligibleCustomer("Suspended");
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").path("items[0].id");
        Fixtures.setStatus(customer, plan, "suspended");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.met", equalTo(false));
    }

    @Test
    void ownerOnALicenseSubscriptionDoesNotCount() {
        String customer = Fixtures.newCustomer("Wrong Owner");
        Fixtures.newAzurePlan(customer);
        String e3 = Fixtures.buy(customer, Fixtures.M365_E3, 5);
        Fixtures.assignRole(customer, e3, Fixtures.newUser(customer, "owner"), "Owner");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.met", equalTo(true))
                .body("checks.find { it.code == 'owner_role' }.met", equalTo(false));
    }

    @Test
    void aReservationPurchaserCountsAsOwnerButAReaderDoesNot() {
        String customer = Fixtures.newCustomer("Purchaser");
        String plan = Fixtures.newAzurePlan(customer);
        Fixtures.assignRole(customer, plan, Fixtures.newUser(customer, "reader"), "Reader");
        prerequisitesOf(customer).body("met", equalTo(false));
        Fixtures.assignRole(customer, plan, Fixtures.newUser(customer, "buyer"), "ReservationPurchaser");
        prerequisitesOf(customer).body("met", equalTo(true));
    }
}
