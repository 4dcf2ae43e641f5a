package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of an order: what was bought, where it applies, at which price, and the reservation it made. */
@Embeddable
public class OrderLineItem {

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "sku_id", nullable = false)
    private String skuId;

    @Column(name = "term", nullable = false)
    private String term;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "billing_cycle", nullable = false)
    private String billingCycle;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "scope", nullable = false)
    private String scope;

    @Column(name = "resource_group")
    private String resourceGroup;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "total_price", nullable = false)
    private BigDecimal totalPrice;

    @Column(name = "reservation_id", nullable = false)
    private UUID reservationId;

    @Column(name = "friendly_name")
    private String friendlyName;

    protected OrderLineItem() {
    }

    OrderLineItem(int lineNumber, Reservation reservation, Money unitPrice, Money totalPrice, String friendlyName) {
        this.friendlyName = friendlyName;
        this.lineNumber = lineNumber;
        this.skuId = reservation.skuId();
        this.term = reservation.term().name();
        this.quantity = reservation.quantity();
        this.billingCycle = reservation.billingCycle().wire();
        this.subscriptionId = reservation.subscriptionId();
        this.scope = reservation.scope().wire();
        this.resourceGroup = reservation.resourceGroup();
        this.autoRenew = reservation.autoRenew();
        this.unitPrice = unitPrice.amount();
        this.totalPrice = totalPrice.amount();
        this.reservationId = reservation.id();
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String skuId() {
        return skuId;
    }

    public String term() {
        return term;
    }

    public int quantity() {
        return quantity;
    }

    public String billingCycle() {
        return billingCycle;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public String scope() {
        return scope;
    }

    public String resourceGroup() {
        return resourceGroup;
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal totalPrice() {
        return totalPrice;
    }

    public String friendlyName() {
        return friendlyName;
    }

    public UUID reservationId() {
        return reservationId;
    }
}
