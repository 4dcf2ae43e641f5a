package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Azure roles (Owner, Contributor, Reader, Reservation Purchaser) of customer users on a subscription. */
class RoleAssignmentsIT extends IntegrationTest {

    private static String assignments(String customer, String subscription) {
        return "/v1/customers/" + customer + "/subscriptions/" + subscription + "/roleAssignments";
    }

    @Test
    void aPartnerGivesACustomerUserTheOwnerRole() {
        String customer = Fixtures.newCustomer("Roles");
        String plan = Fixtures.newAzurePlan(customer);
        String owner = Fixtures.newUser(customer, "owner");
        Response created = as("SalesAgent").body(Map.of("userId", owner, "role", "Owner"))
                .post(assignments(customer, plan));
        created.then().statusCode(201)
                .body("userId", equalTo(owner))
                .body("userPrincipalName", equalTo("owner@" + Fixtures.domainOf(customer)))
                .body("role", equalTo("Owner"))
                .body("attributes.objectType", equalTo("RoleAssignment"));
        assertThat(created.header("Location")).endsWith(assignments(customer, plan) + "/" + created.path("id"));
        as("HelpDeskAgent").get(assignments(customer, plan)).then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection"))
                .body("items.id", equalTo(List.of(created.<String>path("id"))));
        assertThat(AuditLog.operations(customer, "succeeded")).contains("create_role_assignment");
    }

    @Test
    void aUserMayHoldSeveralRolesButTheSameRoleOnlyOnce() {
        String customer = Fixtures.newCustomer("Twice");
        String plan = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "both");
        Fixtures.assignRole(customer, plan, user, "Owner");
        Fixtures.assignRole(customer, plan, user, "Reader");
        as("AdminAgent").body(Map.of("userId", user, "role", "Owner")).post(assignments(customer, plan))
                .then().statusCode(409).body("cspdeskCode", equalTo("role_already_assigned"));
        as("AdminAgent").get(assignments(customer, plan)).then().body("items.role", equalTo(List.of("Owner", "Reader")));
    }

    @Test
    void theSameRoleOnAnotherSubscriptionIsAnotherAssignment() {
        String customer = Fixtures.newCustomer("Two Plans");
        String first = Fixtures.newAzurePlan(customer);
        String second = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "owner");
        Fixtures.assignRole(customer, first, user, "Owner");
        Fixtures.assignRole(customer, second, user, "Owner");
        as("AdminAgent").get(assignments(customer, second)).then().body("items", hasSize(1));
    }

    @Test
    void aUserOfAnotherCustomerCannotBeGivenARole() {
        String customer = Fixtures.newCustomer("Own Users");
        String other = Fixtures.newCustomer("Stranger");
        String plan = Fixtures.newAzurePlan(customer);
        String stranger = Fixtures.newUser(other, "stranger");
        as("AdminAgent").body(Map.of("userId", stranger, "role", "Owner")).post(assignments(customer, plan))
                .then().statusCode(400).body("cspdeskCode", equalTo("unknown_user"));
        as("AdminAgent").get(assignments(customer, plan)).then().body("items", hasSize(0));
    }

    @Test
    void anUnknownUserCannotBeGivenARole() {
        String customer = Fixtures.newCustomer("Ghost");
        String plan = Fixtures.newAzurePlan(customer);
        as("AdminAgent").body(Map.of("userId", UUID.randomUUID().toString(), "role", "Owner"))
                .post(assignments(customer, plan)).then().statusCode(400).body("cspdeskCode", equalTo("unknown_user"));
        as("AdminAgent").body(Map.of("userId", "not-a-uuid", "role", "Owner"))
                .post(assignments(customer, plan)).then().statusCode(400);
    }

    @Test
    void anUnknownRoleIsABadRequestListingTheAllowedOnes() {
        String customer = Fixtures.newCustomer("Bad Role");
        String plan = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "user");
        as("AdminAgent").body(Map.of("userId", user, "role", "Administrator")).post(assignments(customer, plan))
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"))
                .body("detail", containsString("Owner, Contributor, Reader, ReservationPurchaser"));
        as("AdminAgent").body(Map.of("userId", user, "role", "owner")).post(assignments(customer, plan))
                .then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
        as("AdminAgent").body(Map.of("userId", user)).post(assignments(customer, plan)).then().statusCode(400);
    }

    @Test
    void noRoleCanBeGivenOnADeletedSubscription() {
        String customer = Fixtures.newCustomer("Gone");
        String plan = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "late");
        Fixtures.setStatus(customer, plan, "deleted");
        as("AdminAgent").body(Map.of("userId", user, "role", "Owner")).post(assignments(customer, plan))
                .then().statusCode(409).body("cspdeskCode", equalTo("subscription_deleted"));
    }

    @Test
    void aRoleOnAnUnknownSubscriptionOrCustomerIsNotFound() {
        String customer = Fixtures.newCustomer("No Plan");
        String user = Fixtures.newUser(customer, "user");
        as("AdminAgent").body(Map.of("userId", user, "role", "Owner"))
                .post(assignments(customer, UUID.randomUUID().toString())).then().statusCode(404);
        as("AdminAgent").get(assignments(UUID.randomUUID().toString(), UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void removingAnAssignmentTakesTheRoleAway() {
        String customer = Fixtures.newCustomer("Remover");
        String plan = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "owner");
        String assignment = Fixtures.assignRole(customer, plan, user, "Owner");
        as("SalesAgent").delete(assignments(customer, plan) + "/" + assignment).then().statusCode(204);
        as("AdminAgent").get(assignments(customer, plan)).then().body("items", hasSize(0));
        as("SalesAgent").delete(assignments(customer, plan) + "/" + assignment).then().statusCode(404)
                .body("cspdeskCode", equalTo("role_assignment_not_found"));
        as("AdminAgent").delete(assignments(customer, plan) + "/" + UUID.randomUUID()).then().statusCode(404);
        Fixtures.assignRole(customer, plan, user, "Owner");
        assertThat(AuditLog.operations(customer, "succeeded"))
                .containsSequence("create_role_assignment", "delete_role_assignment", "create_role_assignment");
    }

    @Test
    void anAssignmentIsRemovedOnlyThroughItsOwnSubscription() {
        String customer = Fixtures.newCustomer("Crossed");
        String first = Fixtures.newAzurePlan(customer);
        String second = Fixtures.newAzurePlan(customer);
        String assignment = Fixtures.assignRole(customer, first, Fixtures.newUser(customer, "owner"), "Owner");
        as("AdminAgent").delete(assignments(customer, second) + "/" + assignment).then().statusCode(404);
        as("AdminAgent").get(assignments(customer, first)).then().body("items", hasSize(1));
    }

    @Test
    void aCustomerUserReadsOnlyItsOwnCustomersAssignments() {
        String customer = Fixtures.newCustomer("Reader Co");
        String other = Fixtures.newCustomer("Other Co");
        String plan = Fixtures.newAzurePlan(customer);
        String theirs = Fixtures.newAzurePlan(other);
        Fixtures.assignRole(customer, plan, Fixtures.newUser(customer, "owner"), "Owner");
        String upn = "owner@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).get(assignments(customer, plan)).then().statusCode(200)
                .body("items.userPrincipalName", equalTo(List.of(upn)));
        asCustomerUser(customer, upn).get(assignments(other, theirs)).then().statusCode(404);
    }

    @Test
    void aCustomerUserCannotGiveOrTakeRoles() {
        String customer = Fixtures.newCustomer("Self Service");
        String plan = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "me");
        String assignment = Fixtures.assignRole(customer, plan, user, "Reader");
        String upn = "me@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).body(Map.of("userId", user, "role", "Owner")).post(assignments(customer, plan))
                .then().statusCode(403);
        asCustomerUser(customer, upn).delete(assignments(customer, plan) + "/" + assignment).then().statusCode(403);
        as("AdminAgent").get(assignments(customer, plan)).then().body("items.role", equalTo(List.of("Reader")));
    }

    @Test
    void helpDeskAgentsAndBillingAdminsReadButCannotGiveOrTakeRoles() {
        String customer = Fixtures.newCustomer("Read Only");
        String plan = Fixtures.newAzurePlan(customer);
        String user = Fixtures.newUser(customer, "owner");
        String assignment = Fixtures.assignRole(customer, plan, user, "Owner");
        for (String role : List.of("HelpDeskAgent", "BillingAdmin")) {
            as(role).body(Map.of("userId", user, "role", "Reader")).post(assignments(customer, plan)).then().statusCode(403);
            as(role).delete(assignments(customer, plan) + "/" + assignment).then().statusCode(403);
            as(role).get(assignments(customer, plan)).then().statusCode(200).body("items", hasSize(1));
        }
        assertThat(AuditLog.operations(customer, "failed")).contains("create_role_assignment", "delete_role_assignment");
    }
}
