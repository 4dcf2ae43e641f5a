package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cspdesk.platform.api.WireValue;

import java.util.UUID;

/** One line of a cart, as asked for: priced only when the cart is checked out. */
@Embeddable
public class CartLine {

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "sku_id", nullable = false)
    private String skuId;

    @Column(name = "term", nullable = false)
    private String term;

    @Column(name = "friendly_name")
    private String friendlyName;

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

    protected CartLine() {
    }

    CartLine(int lineNumber, LineRequest line) {
        this.lineNumber = lineNumber;
        this.skuId = line.skuId();
        this.term = line.term().name();
        this.friendlyName = line.friendlyName();
        this.quantity = line.quantity();
        this.billingCycle = line.billingCycle().wire();
        this.subscriptionId = line.placement().subscriptionId();
        this.scope = line.placement().scope().wire();
        this.resourceGroup = line.placement().resourceGroup();
        this.autoRenew = line.autoRenew();
    }

    /** Partner Center numbers a cart's lines from 0. */
    public int lineNumber() {
        return lineNumber;
    }

    public LineRequest request() {
        return new LineRequest(skuId, term(), quantity, billingCycle(),
                new Placement(subscriptionId, WireValue.parse(ReservationScope.class, scope, "scope"), resourceGroup), autoRenew, friendlyName);
    }

    public CatalogItemId catalogItemId() {
        return new CatalogItemId(skuId, term());
    }

    public Term term() {
        return Term.valueOf(term);
    }

    public BillingCycle billingCycle() {
        return WireValue.parse(BillingCycle.class, billingCycle, "billingCycle");
    }

    public String friendlyName() {
        return friendlyName;
    }

    public int quantity() {
        return quantity;
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
}
