package org.cspdesk.it;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** docs/rules.md rule 3: an active Azure plan or Azure Global subscription, and Owner on it. */
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

    @Test
    void aDeletedAzurePlanDoesNotCount() {
        String customer = Fixtures.eligibleCustomer("Deleted Plan");
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").path("items[0].id");
        Fixtures.setStatus(customer, plan, "deleted");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.subscriptionIds", equalTo(List.of()))
                .body("checks.find { it.code == 'owner_role' }.met", equalTo(false));
    }

    @Test
    void reactivatingASuspendedAzurePlanMeetsThemAgain() {
        String customer = Fixtures.eligibleCustomer("Back Again");
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").path("items[0].id");
        Fixtures.setStatus(customer, plan, "suspended");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.detail", containsString("reactivate a suspended one"));
        Fixtures.setStatus(customer, plan, "active");
        prerequisitesOf(customer).body("met", equalTo(true));
    }

    @Test
    void removingTheOnlyOwnerUnmeetsThem() {
        String customer = Fixtures.newCustomer("Owner Leaves");
        String plan = Fixtures.newAzurePlan(customer);
        String assignment = Fixtures.assignRole(customer, plan, Fixtures.newUser(customer, "owner"), "Owner");
        prerequisitesOf(customer).body("met", equalTo(true));
        as("AdminAgent").delete("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments/" + assignment)
                .then().statusCode(204);
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.met", equalTo(true))
                .body("checks.find { it.code == 'owner_role' }.met", equalTo(false));
    }

    @Test
    void anOwnerOnASuspendedPlanDoesNotCountForAnotherActiveOne() {
        String customer = Fixtures.newCustomer("Two Plans");
        String suspended = Fixtures.newAzurePlan(customer);
        String active = Fixtures.newAzurePlan(customer);
        Fixtures.assignRole(customer, suspended, Fixtures.newUser(customer, "owner"), "Owner");
        Fixtures.setStatus(customer, suspended, "suspended");
        prerequisitesOf(customer).body("met", equalTo(false))
                .body("checks.find { it.code == 'azure_subscription' }.subscriptionIds", equalTo(List.of(active)))
                .body("checks.find { it.code == 'owner_role' }.met", equalTo(false));
    }

    @Test
    void theOwnerCheckListsOnlyTheAzureSubscriptionsThatHaveAnOwner() {
        String customer = Fixtures.newCustomer("Partly Owned");
        String owned = Fixtures.newAzurePlan(customer);
        String unowned = Fixtures.buy(customer, Fixtures.AZURE_GLOBAL, 1);
        Fixtures.buy(customer, Fixtures.M365_E3, 10);
        Fixtures.assignRole(customer, owned, Fixtures.newUser(customer, "owner"), "Owner");
        Fixtures.assignRole(customer, unowned, Fixtures.newUser(customer, "helper"), "Contributor");
        prerequisitesOf(customer).body("met", equalTo(true))
                .body("checks.find { it.code == 'azure_subscription' }.subscriptionIds", equalTo(List.of(owned, unowned)))
                .body("checks.find { it.code == 'owner_role' }.subscriptionIds", equalTo(List.of(owned)));
    }

    @Test
    void theResourceIsReservedInstancesByDefaultOrASavingsPlanAndNothingElse() {
        String customer = Fixtures.newCustomer("Resources");
        as("HelpDeskAgent").get("/v1/customers/" + customer + "/purchasePrerequisites").then().statusCode(200)
                .body("resource", equalTo("AzureReservedInstances"))
                .body("checks.code", equalTo(List.of("azure_subscription", "owner_role")));
        as("BillingAdmin").get("/v1/customers/" + customer + "/purchasePrerequisites?resource=AzureSavingsPlan")
                .then().statusCode(200).body("resource", equalTo("AzureSavingsPlan"));
        as("AdminAgent").get("/v1/customers/" + customer + "/purchasePrerequisites?resource=AzureVirtualMachines")
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        as("AdminAgent").get("/v1/customers/" + java.util.UUID.randomUUID() + "/purchasePrerequisites")
                .then().statusCode(404).body("cspdeskCode", equalTo("customer_not_found"));
    }

    @Test
    void aCustomerUserAsksOnlyAboutItsOwnCustomer() {
        String customer = Fixtures.eligibleCustomer("Asking");
        String other = Fixtures.eligibleCustomer("Not Yours");
        String upn = "owner@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).get("/v1/customers/" + customer + "/purchasePrerequisites").then()
                .statusCode(200).body("met", equalTo(true));
        asCustomerUser(customer, upn).get("/v1/customers/" + other + "/purchasePrerequisites").then().statusCode(404);
    }
}
