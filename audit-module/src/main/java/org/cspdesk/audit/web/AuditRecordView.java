package org.cspdesk.audit.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.audit.internal.AuditRecord;
import org.cspdesk.platform.api.Attributes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An activity-log record as Partner Center shapes it, plus who acted ({@code operatorType}). */
public record AuditRecordView(String id, String partnerId, String customerId, String customerName,
                              String userPrincipalName, String operatorType, String applicationId,
                              String resourceType, String resourceName, String resourceOldValue,
                              String resourceNewValue, String operationType, String displayName,
                              OffsetDateTime operationDate, String operationStatus,
                              List<Map<String, String>> customizedData, String originalCorrelationId,
                              Attributes attributes) {
    private static final Jsonb JSON = JsonbBuilder.create();

    @SuppressWarnings("unchecked")
    static AuditRecordView of(AuditRecord r) {
        List<Map<String, String>> customized = JSON.fromJson(r.customizedData(), List.class);
        return new AuditRecordView(r.id().toString(), r.partnerId(),
                r.customerId() == null ? null : r.customerId().toString(), r.customerName(), r.userPrincipalName(),
                r.operatorType(), r.applicationId(), r.resourceType(), r.resourceName(), r.resourceOldValue(),
                r.resourceNewValue(), r.operationType(), OperationType.displayNameOf(r.operationType()),
                r.operationDate(), r.operationStatus(), customized, r.originalCorrelationId(),
                Attributes.of("AuditRecord"));
    }
}
