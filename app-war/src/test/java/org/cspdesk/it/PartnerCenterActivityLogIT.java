package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 14 item 5, ADR 0017: the activity log read as Partner Center's {@code AuditRecord}
 * (partner-center-sdk-for-dotNET {@code Models/Auditing/AuditRecord.cs}, Partner-Center-Java
 * {@code models/auditing/AuditRecord.java}) with the operation and resource types its enums know.
 */
class PartnerCenterActivityLogIT extends IntegrationTest {
    /** Partner Center's AuditRecord members (ResourceBase brings attributes). */
    private static final Set<String> AUDIT_RECORD = Set.of("id", "partnerId", "customerId", "customerName",
            "userPrincipalName", "applicationId", "resourceType", "resourceOldValue", "resourceNewValue",
            "operationType", "operationDate", "operationStatus", "customizedData", "originalCorrelationId", "attributes");
    /** What we add; a client reading Partner Center's model ignores it (docs/api.md). */
    private static final Set<String> OURS = Set.of("operatorType", "resourceName", "displayName");

    @Test
    void theActivityLogSpeaksPartnerCentersOperationTypes() {
        String customer = Fixtures.eligibleCustomer("Partner Center Words");
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .extract().path("items[0].id");
        as("AdminAgent").body(Fixtures.policyBody(customer, PARTNER_TENANT, "AzureReservedInstances"))
                .post("/v1/SelfServePolicy").then().statusCode(201);
        Fixtures.setStatus(customer, plan, "suspended");

        Map<String, String> resourceOf = new LinkedHashMap<>();
        AuditLog.of(customer).forEach(r -> resourceOf.put((String) r.get("operationType"), (String) r.get("resourceType")));
        // OperationType / ResourceType of both SDKs, as their converters put them on the wire.
        assertThat(resourceOf).containsEntry("add_customer", "customer")
                .containsEntry("create_customer_user", "customer_user")
                .containsEntry("create_order", "order")
                .containsEntry("update_subscription", "subscription")
                .containsEntry("create_self_serve_policy", "self_serve_policy");
    }

    @Test
    void anAuditRecordHasPartnerCentersShapeFieldForField() {
        String customer = Fixtures.newCustomer("Record Shape");
        Fixtures.buy(customer, Fixtures.AZURE_PLAN, 1);
        List<Map<String, Object>> records = AuditLog.of(customer);
        assertThat(records).hasSize(2);
        for (Map<String, Object> record : records) {
            assertThat(record.keySet()).isSubsetOf(union(AUDIT_RECORD, OURS))
                    .contains("id", "partnerId", "customerId", "customerName", "userPrincipalName", "resourceType",
                            "operationType", "operationDate", "operationStatus", "customizedData", "attributes");
            assertThat(record.get("operationStatus")).isIn("succeeded", "failed");
            // A UTC date-time an SDK's DateTime reads.
            assertThat(OffsetDateTime.parse((String) record.get("operationDate")).getOffset().getTotalSeconds()).isZero();
            assertThat(record.get("attributes")).isEqualTo(Map.of("objectType", "AuditRecord"));
            // customizedData: IEnumerable<KeyValuePair<string, string>>, each {key, value} of strings.
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> data = (List<Map<String, Object>>) record.get("customizedData");
            for (Map<String, Object> pair : data) {
                assertThat(pair.keySet()).containsExactlyInAnyOrder("key", "value");
                assertThat(pair.values()).allMatch(String.class::isInstance);
            }
            // Old and new values are strings (JSON text), as Partner Center's resourceNewValue is.
            assertThat(record.get("resourceNewValue")).isInstanceOf(String.class);
        }
        Map<String, Object> order = records.get(0);
        assertThat(order).containsEntry("operationType", "create_order").containsEntry("resourceType", "order");
        assertThat((List<?>) order.get("customizedData")).isNotEmpty();
    }

    /**
     * The hash covers each record as stored, wire values included. A rename therefore applies to records written
     * from then on, and old records keep their old values: rewriting a stored value, as a migration of the
     * vocabulary would, is exactly the tampering the check exists to find.
     */
    @Test
    void theIntegrityCheckHoldsAcrossTheRenamedOperationTypes() {
        String customer = Fixtures.newCustomer("Renamed Types");
        Fixtures.buy(customer, Fixtures.AZURE_PLAN, 1);
        Map<String, Object> purchase = AuditLog.of(customer).get(0);
        assertThat(purchase).containsEntry("operationType", "create_order").containsEntry("resourceType", "order");
        as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));

        String id = (String) purchase.get("id");
        Database.asOwner("alter table audit.audit_record disable trigger audit_record_append_only",
                "update audit.audit_record set resource_type = 'subscription' where id = '" + id + "'");
        try {
            as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenRecordId", equalTo(id));
        } finally {
            Database.asOwner("update audit.audit_record set resource_type = 'order' where id = '" + id + "'",
                    "alter table audit.audit_record enable trigger audit_record_append_only");
        }
        as("AdminAgent").get("/v1/auditrecords/integrity").then().statusCode(200).body("intact", equalTo(true));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
