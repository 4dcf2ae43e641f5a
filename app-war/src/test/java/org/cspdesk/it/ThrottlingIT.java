package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Too many requests are refused with 429 and Retry-After, per caller and per tenant, counted in the
 * database; a flood of refusals does not flood the activity log. The suite's server limits customers'
 * users to 150 requests a minute each, 200 per customer, and records 20 refusals a minute of each.
 */
class ThrottlingIT extends IntegrationTest {
    private static final int PER_CALLER = 150;
    private static final int PER_TENANT = 200;
    private static final int RECORDED_REFUSALS = 20;

    @Test
    void aCallerOverItsLimitIsThrottledWithRetryAfterAndNothingIsRecorded() throws Exception {
        String customer = Fixtures.eligibleCustomer("Busy Caller");
        String upn = "owner@" + Fixtures.domainOf(customer);
        awaitAFreshWindow();
        for (int i = 0; i < PER_CALLER; i++) {
            asCustomerUser(customer, upn).get("/v1/customers/" + customer).then().statusCode(200);
        }
        int records = AuditLog.of(customer).size();
        Response throttled = asCustomerUser(customer, upn).get("/v1/customers/" + customer);
        throttled.then().statusCode(429).contentType(startsWith("application/problem+json"))
                .body("cspdeskCode", equalTo("throttled"));
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 60);
        asCustomerUser(customer, upn).body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(429);
        assertThat(AuditLog.of(customer)).hasSize(records);
        anonymous().get("/health/ready").then().statusCode(200);
    }

    @Test
    void aTenantOverItsLimitIsThrottledForEveryOneOfItsUsers() throws Exception {
        String customer = Fixtures.newCustomer("Busy Tenant");
        String domain = Fixtures.domainOf(customer);
        awaitAFreshWindow();
        for (int i = 0; i < PER_CALLER; i++) {
            asCustomerUser(customer, "first@" + domain).get("/v1/customers/" + customer).then().statusCode(200);
        }
        for (int i = PER_CALLER; i < PER_TENANT; i++) {
            asCustomerUser(customer, "second@" + domain).get("/v1/customers/" + customer).then().statusCode(200);
        }
        asCustomerUser(customer, "third@" + domain).get("/v1/customers/" + customer).then().statusCode(429)
                .body("detail", org.hamcrest.Matchers.containsString("your organization"));
        as("AdminAgent").get("/v1/customers/" + customer).then().statusCode(200); // the partner is not that tenant
    }

    @Test
    void aCallersRefusalsAreRecordedUpToTheLimitOfTheWindow() throws Exception {
        String customer = Fixtures.newCustomer("Persistent Refusee");
        String upn = "eve@" + Fixtures.domainOf(customer);
        awaitAFreshWindow();
        for (int i = 0; i < RECORDED_REFUSALS + 5; i++) {
            asCustomerUser(customer, upn).body(Map.of("allowCustomerToPurchase", true))
                    .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(403);
        }
        assertThat(AuditLog.of(customer).stream().filter(r -> upn.equals(r.get("userPrincipalName"))))
                .hasSize(RECORDED_REFUSALS);
    }

    /** Counts are kept per minute of the clock: start where a test's requests all fall in one minute. */
    private static void awaitAFreshWindow() throws InterruptedException {
        int second = LocalTime.now().getSecond();
        if (second > 40) {
            Thread.sleep((60 - second) * 1000L + 200);
        }
    }
}
