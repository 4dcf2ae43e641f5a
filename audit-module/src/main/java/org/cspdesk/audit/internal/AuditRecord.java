package org.cspdesk.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One entry of the activity log: who did what to which resource of which customer, when, and whether it
 * succeeded. Written once, never changed: {@link #hash} covers the record's {@link #canonical()} content
 * and the previous record's hash.
 */
@Entity
@Table(name = "audit_record", schema = "audit")
public class AuditRecord {
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    /**
     * Mapped as text: EclipseLink 4.0.7's UUID converter fails on a NULL uuid column, and refusals
     * about no known customer have none. The column is a PostgreSQL uuid all the same.
     */
    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "user_principal_name", nullable = false)
    private String userPrincipalName;

    @Column(name = "operator_type", nullable = false)
    private String operatorType;

    @Column(name = "application_id")
    private String applicationId;

    @Column(name = "resource_type", nullable = false)
    private String resourceType;

    @Column(name = "resource_name")
    private String resourceName;

    @Column(name = "resource_old_value")
    private String resourceOldValue;

    @Column(name = "resource_new_value")
    private String resourceNewValue;

    @Column(name = "operation_type", nullable = false)
    private String operationType;

    @Column(name = "operation_date", nullable = false)
    private OffsetDateTime operationDate;

    @Column(name = "operation_status", nullable = false)
    private String operationStatus;

    @Column(name = "customized_data", nullable = false)
    private String customizedData;

    @Column(name = "original_correlation_id")
    private String originalCorrelationId;

    @Column(name = "previous_hash", nullable = false)
    private String previousHash;

    @Column(name = "hash", nullable = false)
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(AuditEntry entry, String partnerId, OffsetDateTime appendedAt) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.customerId = entry.customerId() == null ? null : entry.customerId().toString();
        this.customerName = entry.customerName();
        this.userPrincipalName = entry.actor().userPrincipalName();
        this.operatorType = entry.actor().operatorType().wire();
        this.applicationId = entry.actor().applicationId();
        this.resourceType = entry.resourceType();
        this.resourceName = entry.resourceName();
        this.resourceOldValue = entry.oldValue();
        this.resourceNewValue = entry.newValue();
        this.operationType = entry.operationType();
        // Stamped when appended, under the chain lock, so the log's date order is its commit order (an
        // event's own time can precede a change that committed before it). PostgreSQL keeps
        // microseconds: hash what is stored, so the check can recompute it.
        this.operationDate = appendedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        this.operationStatus = entry.succeeded() ? "succeeded" : "failed";
        this.customizedData = entry.customizedDataJson();
        this.originalCorrelationId = entry.actor().correlationId();
    }

    /** Seals the record onto the chain after {@code previous}. */
    void chainAfter(String previous) {
        this.previousHash = previous;
        this.hash = hashAfter(previous);
    }

    /** The hash this record must carry when it follows a record whose hash is {@code previous}. */
    String hashAfter(String previous) {
        return Hashes.sha256(canonical() + "\n" + previous);
    }

    /** Every field that matters, in a fixed order with unambiguous separators: what the hash covers. */
    String canonical() {
        return String.join("\u001f", id.toString(), partnerId, str(customerId), str(customerName), userPrincipalName,
                operatorType, str(applicationId), resourceType, str(resourceName), str(resourceOldValue),
                str(resourceNewValue), operationType, INSTANT.format(operationDate.withOffsetSameInstant(ZoneOffset.UTC)),
                operationStatus, customizedData, str(originalCorrelationId));
    }

    private static String str(Object value) {
        return value == null ? "\u2400" : value.toString();
    }

    public UUID id() {
        return id;
    }

    public Long seq() {
        return seq;
    }

    public String partnerId() {
        return partnerId;
    }

    public UUID customerId() {
        return customerId == null ? null : UUID.fromString(customerId);
    }

    public String customerName() {
        return customerName;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public String operatorType() {
        return operatorType;
    }

    public String applicationId() {
        return applicationId;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceName() {
        return resourceName;
    }

    public String resourceOldValue() {
        return resourceOldValue;
    }

    public String resourceNewValue() {
        return resourceNewValue;
    }

    public String operationType() {
        return operationType;
    }

    public OffsetDateTime operationDate() {
        return operationDate;
    }

    public String operationStatus() {
        return operationStatus;
    }

    public String customizedData() {
        return customizedData;
    }

    public String originalCorrelationId() {
        return originalCorrelationId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
