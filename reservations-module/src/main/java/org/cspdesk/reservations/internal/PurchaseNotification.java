package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One message to the partner's webhook about one customer purchase: written in the purchase's
 * transaction (the outbox), delivered after commit, retried with backoff until it is delivered or given up.
 */
@Entity
@Table(name = "purchase_notification", schema = "reservations")
public class PurchaseNotification {
    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "target_url", nullable = false)
    private String targetUrl;

    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "last_error")
    private String lastError;

    protected PurchaseNotification() {
    }

    PurchaseNotification(UUID id, CustomerOrder order, String targetUrl, String payload, OffsetDateTime at) {
        this.id = id;
        this.orderId = order.id();
        this.customerId = order.customerId();
        this.targetUrl = targetUrl;
        this.payload = payload;
        this.createdAt = at;
        this.status = PENDING;
        this.nextAttemptAt = at;
    }

    void delivered(OffsetDateTime at) {
        attempts++;
        status = DELIVERED;
        deliveredAt = at;
        lastError = null;
    }

    /** A failed attempt: try again after {@code retryAt}, or give up when there is none. */
    void failed(String error, OffsetDateTime retryAt) {
        attempts++;
        lastError = error;
        if (retryAt == null) {
            status = FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID customerId() {
        return customerId;
    }

    public String targetUrl() {
        return targetUrl;
    }

    public String payload() {
        return payload;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    public String lastError() {
        return lastError;
    }
}
