package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Money given back for a reservation: a cancellation (counted toward the customer's refund cap) or the
 * returned half of an exchange (not counted).
 */
@Entity
@Table(name = "refund", schema = "reservations")
public class Refund {
    static final String CANCEL = "cancel";
    static final String EXCHANGE = "exchange";

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "reservation_id", nullable = false)
    private UUID reservationId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "refunded_at", nullable = false)
    private OffsetDateTime refundedAt;

    protected Refund() {
    }

    Refund(Reservation reservation, String kind, Money amount, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.customerId = reservation.customerId();
        this.reservationId = reservation.id();
        this.kind = kind;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.refundedAt = at;
    }

    public Money amount() {
        return new Money(amount, currency);
    }
}
