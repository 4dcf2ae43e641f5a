package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A change and its record commit together; races are decided by the database; retries act once. */
class NothingLostIT extends IntegrationTest {

    @Test
    void whenTheRecordCannotBeWrittenTheChangeRollsBack() {
        String company = unique("Audit Breaker");
        Database.asOwner("create or replace function audit.fail_for_test() returns trigger language plpgsql as $$"
                        + " begin if new.customer_name = '" + company + "' then raise exception 'audit write fails'; end if;"
                        + " return new; end $$",
                "create trigger fail_for_test before insert on audit.audit_record for each row execute function audit.fail_for_test()");
        try {
            String domain = unique("breaker") + ".onmicrosoft.com";
            as("AdminAgent").body(Fixtures.customerBody(domain, company)).post("/v1/customers").then().statusCode(500)
                    .body("cspdeskCode", equalTo("internal_error"));
            as("AdminAgent").urlEncodingEnabled(false)
                    .get("/v1/customers?filter=" + Fixtures.encodedCustomerFilter("Domain", domain)).then()
                    .statusCode(200).body("items", hasSize(0));
        } finally {
            Database.asOwner("drop trigger fail_for_test on audit.audit_record", "drop function audit.fail_for_test()");
        }
    }

    /** The trigger refuses even the owner; the application's role cannot get this far (DatabaseRolesIT). */
    @Test
    void theActivityLogCannotBeUpdatedOrDeleted() {
        Fixtures.newCustomer("Append Only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Database.asOwner("update audit.audit_record set user_principal_name = 'x'"))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.asOwner("delete from audit.audit_record"))
                .hasMessageContaining("append-only");
    }

    @Test
    void thirtyConcurrentFlipsGiveNoServerErrorAndALogThatAlternates() throws Exception {
        String customer = Fixtures.eligibleCustomer("Flipper");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean allow = i % 2 == 0;
            results.add(pool.submit(() -> as("AdminAgent").body(Map.of("allowCustomerToPurchase", allow))
                    .put("/v1/customers/" + customer + "/permissions/azureReservations").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).allMatch(status -> status < 500);
        List<String> changes = AuditLog.operations(customer, "succeeded").stream()
                .filter(op -> op.endsWith("_self_serve_policy")).toList();
        assertThat(changes).isNotEmpty();
        for (int i = 0; i < changes.size(); i++) {
            assertThat(changes.get(i)).isEqualTo(i % 2 == 0 ? "create_self_serve_policy" : "delete_self_serve_policy");
        }
        boolean finallyOn = as("AdminAgent").get("/v1/customers/" + customer + "/permissions")
                .path("azureReservations.allowCustomerToPurchase");
        assertThat(changes.get(changes.size() - 1)).isEqualTo(finallyOn ? "create_self_serve_policy" : "delete_self_serve_policy");
    }

    @Test
    void thirtyTwoConcurrentOrdersAllCompleteWithoutRunningThePoolDry() throws Exception {
        // An order spans five modules' persistence units. On a non-XA datasource Payara pinned a pooled
        // connection per unit until commit, and 16 concurrent orders held all 32 and waited forever
        // (ADR 0007): this would fail after the pool's wait timeout.
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Rush Buyer");
        Map<String, Object> order = Reservations.order(Reservations.D2S_EASTUS, 1, "P1Y", customer.plan(), "single");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> customer.owner().header("MS-RequestId", UUID.randomUUID().toString())
                    .body(order).post("/v1/customers/" + customer.id() + "/orders").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201);
        // Each order once, by the Owner (the Azure plan's own purchase is the partner's create_order).
        assertThat(AuditLog.of(customer.id()).stream().filter(r -> "create_order".equals(r.get("operationType"))
                && customer.ownerUpn().equals(r.get("userPrincipalName")))).hasSize(32);
        assertThat(customer.owner().get("/v1/customers/" + customer.id() + "/orders?size=100")
                .<List<Object>>path("items")).hasSize(32);
    }

    @Test
    void aRetriedWriteWithTheSameRequestIdActsOnce() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.customerBody(unique("retry") + ".onmicrosoft.com", "Retry Co");
        Response first = as("SalesAgent").header("MS-RequestId", requestId).body(body).post("/v1/customers");
        Response second = as("SalesAgent").header("MS-RequestId", requestId).body(body).post("/v1/customers");
        first.then().statusCode(201);
        second.then().statusCode(201);
        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(AuditLog.operations(first.path("id"), "succeeded")).containsExactly("add_customer");
    }

    @Test
    void aReusedRequestIdWithAnotherBodyIsAConflict() {
        String requestId = UUID.randomUUID().toString();
        as("SalesAgent").header("MS-RequestId", requestId)
                .body(Fixtures.customerBody(unique("one") + ".onmicrosoft.com", "One")).post("/v1/customers")
                .then().statusCode(201);
        as("SalesAgent").header("MS-RequestId", requestId)
                .body(Fixtures.customerBody(unique("two") + ".onmicrosoft.com", "Two")).post("/v1/customers")
                .then().statusCode(409).body("cspdeskCode", equalTo("request_id_reused"));
    }
}
