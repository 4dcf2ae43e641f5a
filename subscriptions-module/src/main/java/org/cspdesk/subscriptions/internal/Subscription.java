package org.cspdesk.subscriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cspdesk.platform.api.ApiProblem;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A subscription the partner bought for a customer.
 *
 * <p>Lifecycle: it is bought {@code active}. The partner may suspend it and reactivate it, and rename
 * it, as often as it likes. Deleting it is final: once {@code deleted}, nothing about it changes again
 * (not its status, not its name, no new role on it). {@code pending} and {@code expired} exist in
 * Partner Center's own flows and are never set through our API.
 *
 * <p>Partner Center's billing terms are kept with it ({@link Commitment}): billing cycle, term, auto-renewal,
 * the effective start date, the unit type copied from the offer, and the order it came from.
 *
 * <p>Only an active Azure plan or Azure Global subscription counts for the purchase prerequisites
 * (docs/rules.md rule 3); the offer's category is copied at purchase, so a subscription keeps what it was
 * bought as. Every change bumps {@code version}, which is the ETag.
 */
@Entity
@Table(name = "subscription", schema = "subscriptions")
public class Subscription {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "offer_id", nullable = false)
    private String offerId;

    @Column(name = "offer_name", nullable = false)
    private String offerName;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "billing_type", nullable = false)
    private String billingType;

    @Column(name = "friendly_name", nullable = false)
    private String friendlyName;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SubscriptionStatus status;

    @Column(name = "unit_type", nullable = false)
    private String unitType;

    @Column(name = "billing_cycle", nullable = false)
    private String billingCycle;

    @Column(name = "term_duration")
    private String termDuration;

    @Column(name = "auto_renew_enabled", nullable = false)
    private boolean autoRenewEnabled;

    @Column(name = "effective_start_date", nullable = false)
    private OffsetDateTime effectiveStartDate;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Subscription() {
    }

    Subscription(UUID customerId, Offer offer, String friendlyName, int quantity, OffsetDateTime at) {
        this(customerId, offer, friendlyName, quantity, Commitment.of(offer, null, null, null), at);
    }

    /**
     * Bought now, under the commitment asked for. Its order is the purchase itself: the id of the order Partner
     * Center would have answered, generated here (ADR 0018).
     */
    Subscription(UUID customerId, Offer offer, String friendlyName, int quantity, Commitment commitment,
                 OffsetDateTime at) {
        if (offer.isAzure() && quantity != 1) {
            throw ApiProblem.badRequest("invalid_quantity", "An " + offer.name() + " subscription has quantity 1 (usage-based).");
        }
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.offerId = offer.id();
        this.offerName = offer.name();
        this.category = offer.category();
        this.billingType = offer.billingType();
        this.friendlyName = friendlyName;
        this.quantity = quantity;
        this.status = SubscriptionStatus.ACTIVE;
        this.unitType = offer.unitType();
        this.billingCycle = commitment.billingCycle();
        this.termDuration = commitment.termDuration();
        this.autoRenewEnabled = commitment.autoRenewEnabled();
        this.effectiveStartDate = at.withOffsetSameInstant(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        this.orderId = UUID.randomUUID();
        this.createdAt = at;
    }

    /** Suspends, reactivates or deletes it; returns whether the status changed. */
    boolean changeStatus(SubscriptionStatus next) {
        requireNotDeleted();
        if (!next.maySetThroughApi()) {
            throw ApiProblem.badRequest("invalid_value", "'status' may be set to active, suspended or deleted (got '"
                    + next.wire() + "').");
        }
        boolean changed = status != next;
        status = next;
        return changed;
    }

    /** Gives it a new friendly name; returns whether the name changed. */
    boolean rename(String newName) {
        requireNotDeleted();
        boolean changed = !friendlyName.equals(newName);
        friendlyName = newName;
        return changed;
    }

    /** Turns auto-renewal on or off; a usage-based subscription has no term to renew. Returns whether it changed. */
    boolean changeAutoRenew(boolean renew) {
        requireNotDeleted();
        if (renew && termDuration == null) {
            throw ApiProblem.badRequest("invalid_value", "An " + offerName + " subscription has no term and does not"
                    + " renew: 'autoRenewEnabled' must be false.").with("field", "autoRenewEnabled");
        }
        boolean changed = autoRenewEnabled != renew;
        autoRenewEnabled = renew;
        return changed;
    }

    /** Deleted is final: any later change, a new role on it included, is a 409. */
    void requireNotDeleted() {
        if (status == SubscriptionStatus.DELETED) {
            throw ApiProblem.conflict("subscription_deleted", "Subscription " + id
                    + " is deleted; a deleted subscription cannot change or come back. Buy a new one.");
        }
    }

    public boolean isActiveAzure() {
        return status == SubscriptionStatus.ACTIVE && (Offer.AZURE_PLAN.equals(category) || Offer.AZURE_GLOBAL.equals(category));
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String offerId() {
        return offerId;
    }

    public String offerName() {
        return offerName;
    }

    public String category() {
        return category;
    }

    public String billingType() {
        return billingType;
    }

    public String friendlyName() {
        return friendlyName;
    }

    public int quantity() {
        return quantity;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public String unitType() {
        return unitType;
    }

    public String billingCycle() {
        return billingCycle;
    }

    public String termDuration() {
        return termDuration;
    }

    public boolean autoRenewEnabled() {
        return autoRenewEnabled;
    }

    /** The day it started, at 00:00 UTC, as Partner Center answers it. */
    public OffsetDateTime effectiveStartDate() {
        return effectiveStartDate;
    }

    /** The last day of the commitment in force today (a date far in the future for usage-based offers). */
    public java.time.LocalDate commitmentEndDate(java.time.LocalDate today) {
        return new Commitment(billingCycle, termDuration, autoRenewEnabled)
                .endDate(effectiveStartDate.toLocalDate(), today);
    }

    public UUID orderId() {
        return orderId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
