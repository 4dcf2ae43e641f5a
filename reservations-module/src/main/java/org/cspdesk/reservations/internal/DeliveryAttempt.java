package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One try to deliver a notification: the receiver's HTTP status, or why there was none. */
@Entity
@Table(name = "delivery_attempt", schema = "reservations")
public class DeliveryAttempt {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "notification_id", nullable = false)
    private UUID notificationId;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "error")
    private String error;

    @Column(name = "duration_ms", nullable = false)
    private int durationMs;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(UUID notificationId, OffsetDateTime at, Integer httpStatus, String error, int durationMs) {
        this.id = UUID.randomUUID();
        this.notificationId = notificationId;
        this.attemptedAt = at;
        this.httpStatus = httpStatus;
        this.error = error;
        this.durationMs = durationMs;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public OffsetDateTime attemptedAt() {
        return attemptedAt;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String error() {
        return error;
    }

    public int durationMs() {
        return durationMs;
    }
}
