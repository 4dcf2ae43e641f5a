package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** docs/rules.md rules 1 to 4 and 10: the switch, who may turn it, its prerequisites, its records. */
class PurchasePermissionsIT extends IntegrationTest {

    private static Response switchTo(String role, String customer, boolean allow) {
        return as(role).body(Map.of("allowCustomerToPurchase", allow))
                .put("/v1/customers/" + customer + "/permissions/azureReservations");
    }

    @Test
    void purchasePermissionIsOffByDefault() {
        String customer = Fixtures.eligibleCustomer("Default Off");
        as("HelpDeskAgent").get("/v1/customers/" + customer + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(false))
                .body("azureReservations.prerequisites.met", equalTo(true));
        as("AdminAgent").get("/v1/SelfServePolicy?entity_id=" + customer).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anAdminAgentTurnsItOnAndTheLogSaysCreateCustomerPurchasePermissions() {
        String customer = Fixtures.eligibleCustomer("Turn On");
        switchTo("AdminAgent", customer, true).then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(true))
                .body("azureReservations.policyId", equalTo(PARTNER_TENANT + "_" + customer));
        Map<String, Object> record = AuditLog.of(customer).get(0);
        assertThat(record).containsEntry("operationType", "create_self_serve_policy")
                .containsEntry("displayName", "Create Customer Purchase Permissions")
                .containsEntry("resourceType", "self_serve_policy")
                .containsEntry("operationStatus", "succeeded")
                .containsEntry("operatorType", "partner")
                .containsEntry("userPrincipalName", "adminagent@partner.cspdesk.dev")
                .containsEntry("customerName", "Turn On");
        assertThat((String) record.get("resourceNewValue")).contains("AzureReservedInstances");
    }

    @Test
    void turningItOffShowsAsDeleteCustomerPurchasePermissions() {
        String customer = Fixtures.eligibleCustomer("Turn Off");
        switchTo("AdminAgent", customer, true).then().statusCode(200);
        switchTo("GlobalAdmin", customer, false).then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(false));
        assertThat(AuditLog.operations(customer, "succeeded")).endsWith("create_self_serve_policy", "delete_self_serve_policy");
        assertThat(AuditLog.of(customer).get(0)).containsEntry("displayName", "Delete Customer Purchase Permissions");
    }

    @Test
    void switchingToTheStateItIsInChangesAndRecordsNothing() {
        String customer = Fixtures.eligibleCustomer("Idempotent Switch");
        switchTo("AdminAgent", customer, true).then().statusCode(200);
        switchTo("AdminAgent", customer, true).then().statusCode(200);
        switchTo("AdminAgent", customer, false).then().statusCode(200);
        switchTo("AdminAgent", customer, false).then().statusCode(200);
        assertThat(AuditLog.operations(customer, "succeeded")).filteredOn(op -> op.contains("self_serve"))
                .containsExactly("create_self_serve_policy", "delete_self_serve_policy");
    }

    @Test
    void salesAgentCannotTurnOnPurchasePermission() {
        String customer = Fixtures.eligibleCustomer("Sales Tries");
        switchTo("SalesAgent", customer, true).then().statusCode(403).body("cspdeskCode", equalTo("forbidden_role"));
        as("SalesAgent").get("/v1/customers/" + customer + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(false));
        Map<String, Object> refusal = AuditLog.of(customer).get(0);
        assertThat(refusal).containsEntry("operationStatus", "failed")
                .containsEntry("operationType", "create_self_serve_policy")
                .containsEntry("userPrincipalName", "salesagent@partner.cspdesk.dev");
    }

    @Test
    void helpDeskAgentCannotTurnOffPurchasePermissionAndTheAttemptIsRecordedAsADelete() {
        String customer = Fixtures.eligibleCustomer("Help Desk Tries");
        switchTo("AdminAgent", customer, true).then().statusCode(200);
        switchTo("HelpDeskAgent", customer, false).then().statusCode(403);
        assertThat(AuditLog.operations(customer, "failed")).containsExactly("delete_self_serve_policy");
        as("AdminAgent").get("/v1/customers/" + customer + "/permissions").then()
                .body("azureReservations.allowCustomerToPurchase", equalTo(true));
    }

    @Test
    void aCustomerUserReadsItsPermissionButCannotChangeIt() {
        String customer = Fixtures.eligibleCustomer("Customer Reads");
        String upn = "owner@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).get("/v1/customers/" + customer + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(false));
        asCustomerUser(customer, upn).body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(403);
    }

    @Test
    void turningOnRequiresAnActiveAzurePlan() {
        String customer = Fixtures.newCustomer("No Azure");
        Fixtures.buy(customer, Fixtures.M365_E3, 10);
        switchTo("AdminAgent", customer, true).then().statusCode(409)
                .body("cspdeskCode", equalTo("prerequisites_not_met"))
                .body("failedChecks.code", equalTo(List.of("azure_subscription", "owner_role")))
                .body("detail", containsString("buy an Azure plan"));
        assertThat(AuditLog.operations(customer, "failed")).containsExactly("create_self_serve_policy");
        as("AdminAgent").get("/v1/SelfServePolicy?entity_id=" + customer).then().body("items", hasSize(0));
    }

    @Test
    void turningOnRequiresACustomerUserWithOwner() {
        String customer = Fixtures.newCustomer("No Owner");
        Fixtures.newAzurePlan(customer);
        switchTo("AdminAgent", customer, true).then().statusCode(409)
                .body("failedChecks.code", equalTo(List.of("owner_role")))
                .body("detail", containsString("assign the Owner role"));
    }

    @Test
    void theApiCreatesReadsUpdatesAndDeletesAPolicyWithEtags() {
        String customer = Fixtures.eligibleCustomer("Policy Api");
        String id = PARTNER_TENANT + "_" + customer;
        Response created = as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy");
        created.then().statusCode(201).body("id", equalTo(id))
                .body("grantor.grantorType", equalTo("billToPartner"))
                .body("selfServeEntity.tenantID", equalTo(customer))
                .body("attributes.etag", notNullValue());
        String etag = created.path("attributes.etag");
        as("HelpDeskAgent").get("/v1/SelfServePolicy/" + id).then().statusCode(200)
                .body("permissions.resource", equalTo(List.of("AzureReservedInstances")));
        as("AdminAgent").get("/v1/SelfServePolicy?entity_id=" + customer).then().body("items", hasSize(1));

        var both = Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances", "AzureSavingsPlan");
        as("AdminAgent").body(both).put("/v1/SelfServePolicy/" + id).then().statusCode(428)
                .body("cspdeskCode", equalTo("etag_required"));
        String newEtag = as("AdminAgent").header("If-Match", etag).body(both).put("/v1/SelfServePolicy/" + id)
                .then().statusCode(200).body("permissions", hasSize(2)).extract().path("attributes.etag");
        assertThat(newEtag).isNotEqualTo(etag);
        as("AdminAgent").header("If-Match", etag).body(both).put("/v1/SelfServePolicy/" + id).then().statusCode(412)
                .body("cspdeskCode", equalTo("etag_mismatch"));
        as("AdminAgent").delete("/v1/SelfServePolicy/" + id).then().statusCode(204);
        as("AdminAgent").get("/v1/SelfServePolicy/" + id).then().statusCode(404)
                .body("cspdeskCode", equalTo("policy_not_found")).body("code", equalTo(600039));
        assertThat(AuditLog.operations(customer, "succeeded")).endsWith(
                "create_self_serve_policy", "update_self_serve_policy", "delete_self_serve_policy");
        assertThat(AuditLog.operations(customer, "failed")).containsExactly("update_self_serve_policy", "update_self_serve_policy");
    }

    @Test
    void aSecondPolicyForTheSameCustomerIsAConflict() {
        String customer = Fixtures.eligibleCustomer("Twice");
        as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy").then().statusCode(201);
        as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy").then().statusCode(409)
                .body("cspdeskCode", equalTo("policy_exists")).body("code", equalTo(600041));
    }

    @Test
    void anotherGrantorOrAStrangerIsRefused() {
        String customer = Fixtures.eligibleCustomer("Grantor");
        as("AdminAgent").body(Fixtures.policyBody(customer, "00000000-0000-0000-0000-000000000001", "AzureReservedInstances"))
                .post("/v1/SelfServePolicy").then().statusCode(400).body("cspdeskCode", equalTo("invalid_grantor"));
        as("AdminAgent").body(Fixtures.policyBody("3fa85f64-5717-4562-b3fc-2c963f66afa6", PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy").then().statusCode(404).body("cspdeskCode", equalTo("customer_not_found"));
        as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureVirtualDesktops"))
                .post("/v1/SelfServePolicy").then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
    }

    @Test
    void theCorrelationIdTravelsIntoTheLog() {
        String customer = Fixtures.eligibleCustomer("Correlated");
        as("AdminAgent").header("MS-CorrelationId", "corr-" + customer).body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);
        assertThat(AuditLog.of(customer).get(0)).containsEntry("originalCorrelationId", "corr-" + customer);
    }

    /**
     * The Account view is kept per customer while nothing of it changes (ADR 0022). A change committed by another
     * instance, here straight in the database as one would, shows in the very next read: the subscription
     * suspended, the Owner removed, the policy gone, the customer gone.
     */
    @Test
    void theAccountViewShowsAChangeCommittedAnywhereInTheNextRead() {
        String customer = Fixtures.eligibleCustomer("Read Twice");
        String path = "/v1/customers/" + customer + "/permissions";
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", true)).put(path + "/azureReservations").then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            as("SalesAgent").get(path).then().statusCode(200)
                    .body("azureReservations.allowCustomerToPurchase", equalTo(true))
                    .body("azureReservations.prerequisites.met", equalTo(true));
        }
        Database.asOwner("delete from permissions.self_serve_policy where customer_id = '" + customer + "'");
        as("SalesAgent").get(path).then().statusCode(200).body("azureReservations.allowCustomerToPurchase", equalTo(false));
        Database.asOwner("delete from subscriptions.role_assignment where customer_id = '" + customer + "'");
        as("SalesAgent").get(path).then().statusCode(200).body("azureReservations.prerequisites.met", equalTo(false))
                .body("azureReservations.prerequisites.checks.find { it.code == 'owner_role' }.met", equalTo(false));
        Database.asOwner("update subscriptions.subscription set status = 'SUSPENDED' where customer_id = '" + customer + "'");
        as("SalesAgent").get(path).then().statusCode(200)
                .body("azureReservations.prerequisites.checks.find { it.code == 'azure_subscription' }.met", equalTo(false));
    }
}
