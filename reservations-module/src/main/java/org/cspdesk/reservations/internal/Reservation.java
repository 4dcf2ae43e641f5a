package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.WireValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A reserved instance the customer holds: bought by an order, active from its start date until its
 * expiry date, unless the partner cancels or exchanges it first. Only the partner changes it after the
 * purchase (docs/rules.md rule 6); every change bumps {@code version}, the ETag.
 */
@Entity
@Table(name = "reservation", schema = "reservations")
public class Reservation {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "sku_id", nullable = false)
    private String skuId;

    @Enumerated(EnumType.STRING)
    @Column(name = "term", nullable = false)
    private Term term;

    @Column(name = "arm_sku_name", nullable = false)
    private String armSkuName;

    @Column(name = "arm_region_name", nullable = false)
    private String armRegionName;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "billing_cycle", nullable = false)
    private String billingCycle;

    @Column(name = "scope", nullable = false)
    private String scope;

    @Column(name = "resource_group")
    private String resourceGroup;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "operator_type", nullable = false)
    private String operatorType;

    @Column(name = "user_principal_name", nullable = false)
    private String userPrincipalName;

    @Column(name = "purchase_date", nullable = false)
    private OffsetDateTime purchaseDate;

    @Column(name = "start_date", nullable = false)
    private OffsetDateTime startDate;

    @Column(name = "expiry_date", nullable = false)
    private OffsetDateTime expiryDate;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "currency", nullable = false)
    private String currency;

    /** The renewal's reservation id; text because EclipseLink cannot map a NULL uuid column. */
    @Column(name = "renewed_by")
    private String renewedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Reservation() {
    }

    Reservation(UUID orderId, UUID customerId, CatalogItem item, int quantity, BillingCycle billingCycle,
                Placement placement, boolean autoRenew, Actor buyer, Money unitPrice, OffsetDateTime purchasedAt,
                OffsetDateTime start) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.customerId = customerId;
        this.skuId = item.skuId();
        this.term = item.term();
        this.armSkuName = item.armSkuName();
        this.armRegionName = item.armRegionName();
        this.quantity = quantity;
        this.billingCycle = billingCycle.wire();
        this.scope = placement.scope().wire();
        this.resourceGroup = placement.resourceGroup();
        this.subscriptionId = placement.subscriptionId();
        this.autoRenew = autoRenew;
        this.status = ReservationStatus.ACTIVE.wire();
        this.operatorType = buyer.operatorType().wire();
        this.userPrincipalName = buyer.userPrincipalName();
        this.purchaseDate = purchasedAt;
        this.startDate = start;
        this.expiryDate = item.term().endOf(start);
        this.unitPrice = unitPrice.amount();
        this.currency = unitPrice.currency();
    }

    /** Its status at {@code now}: an active reservation past its expiry date has expired. */
    public ReservationStatus status(OffsetDateTime now) {
        ReservationStatus kept = WireValue.parse(ReservationStatus.class, status, "status");
        return kept == ReservationStatus.ACTIVE && !now.isBefore(expiryDate) ? ReservationStatus.EXPIRED : kept;
    }

    /**
     * What is left of the commitment at {@code now}, prorated to the second, priced at the lower of the
     * purchase price and {@code currentUnitPrice} (Azure's refund rule): the amount a cancellation refunds
     * and an exchange carries over. A renewal that has not started yet has all of it left.
     */
    public Money remainingCommitment(OffsetDateTime now, Money currentUnitPrice) {
        Money unit = unitPrice().min(currentUnitPrice);
        Duration whole = Duration.between(startDate, expiryDate);
        Duration left = Duration.between(now.isAfter(startDate) ? now : startDate, expiryDate);
        if (left.isNegative() || left.isZero()) {
            return Money.zero(currency);
        }
        BigDecimal share = new BigDecimal(left.getSeconds()).divide(new BigDecimal(whole.getSeconds()),
                10, RoundingMode.HALF_DOWN);
        return new Money(unit.times(quantity).amount().multiply(share), currency);
    }

    void cancel(OffsetDateTime now) {
        requireActive(now);
        status = ReservationStatus.CANCELLED.wire();
    }

    void exchange(OffsetDateTime now) {
        requireActive(now);
        status = ReservationStatus.EXCHANGED.wire();
    }

    void requireRenewable(OffsetDateTime now) {
        requireActive(now);
        if (renewedBy != null) {
            throw ApiProblem.conflict("already_renewed", "Reservation " + id + " is already renewed by reservation "
                    + renewedBy + ".");
        }
    }

    void renewedBy(Reservation renewal, OffsetDateTime now) {
        requireRenewable(now);
        renewedBy = renewal.id().toString();
    }

    /** Moves the discount; returns false when it already applies there. */
    boolean place(Placement placement, OffsetDateTime now) {
        requireActive(now);
        if (!placement.subscriptionId().equals(subscriptionId)) {
            throw ApiProblem.badRequest("invalid_subscription", "A reservation stays on the subscription it was bought"
                    + " on (" + subscriptionId + "); change its scope to shared to apply it elsewhere.");
        }
        boolean changed = !placement.scope().wire().equals(scope) || !Objects.equals(resourceGroup,
                placement.resourceGroup());
        scope = placement.scope().wire();
        resourceGroup = placement.resourceGroup();
        return changed;
    }

    void requireActive(OffsetDateTime now) {
        ReservationStatus current = status(now);
        if (current != ReservationStatus.ACTIVE) {
            throw ApiProblem.conflict("reservation_not_active", "Reservation " + id + " is " + current.wire()
                    + "; only an active reservation can be cancelled, exchanged, renewed or rescoped.");
        }
    }

    public Placement placement() {
        return new Placement(subscriptionId, WireValue.parse(ReservationScope.class, scope,
                "scope"), resourceGroup);
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency);
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

    public String skuId() {
        return skuId;
    }

    public Term term() {
        return term;
    }

    public String armSkuName() {
        return armSkuName;
    }

    public String armRegionName() {
        return armRegionName;
    }

    public int quantity() {
        return quantity;
    }

    public BillingCycle billingCycle() {
        return WireValue.parse(BillingCycle.class, billingCycle, "billingCycle");
    }

    public ReservationScope scope() {
        return placement().scope();
    }

    public String resourceGroup() {
        return resourceGroup;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    public String operatorType() {
        return operatorType;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public OffsetDateTime purchaseDate() {
        return purchaseDate;
    }

    public OffsetDateTime startDate() {
        return startDate;
    }

    public OffsetDateTime expiryDate() {
        return expiryDate;
    }

    public String renewedBy() {
        return renewedBy;
    }

    public long version() {
        return version;
    }
}
