package org.cspdesk.it;

import io.restassured.path.json.JsonPath;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.cspdesk.it.IntegrationTest.as;

/** Reads a customer's activity log the way an admin would. */
final class AuditLog {
    private AuditLog() {
    }

    /** The customer's records, newest first. */
    static List<Map<String, Object>> of(String customerId) {
        String filter = URLEncoder.encode("{\"field\":\"CustomerId\",\"value\":\"" + customerId + "\",\"operator\":\"equals\"}",
                StandardCharsets.UTF_8);
        JsonPath page = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=2020-01-01&size=500&filter=" + filter)
                .then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    /** The one record of that operation filed under that correlation id. */
    static Map<String, Object> withCorrelation(String correlationId, String operationType) {
        String filter = URLEncoder.encode("{\"field\":\"OperationType\",\"value\":\"" + operationType
                + "\",\"operator\":\"equals\"}", StandardCharsets.UTF_8);
        List<Map<String, Object>> records = as("AdminAgent").urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=2020-01-01&size=500&filter=" + filter)
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> mine = records.stream()
                .filter(r -> correlationId.equals(r.get("originalCorrelationId"))).toList();
        if (mine.size() != 1) {
            throw new AssertionError("expected one " + operationType + " record of " + correlationId + ", found " + mine);
        }
        return mine.get(0);
    }

    /** Operation types of the customer's records with that status, oldest first. */
    static List<String> operations(String customerId, String status) {
        List<Map<String, Object>> records = new java.util.ArrayList<>(of(customerId));
        java.util.Collections.reverse(records);
        return records.stream().filter(r -> status.equals(r.get("operationStatus")))
                .map(r -> (String) r.get("operationType")).toList();
    }
}
