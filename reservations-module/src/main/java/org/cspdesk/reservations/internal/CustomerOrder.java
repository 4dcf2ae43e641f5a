package org.cspdesk.reservations.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.WireValue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order of reservations, always billed to the partner (docs/rules.md rule 5), placed by a customer's
 * own user or by the partner. Orders never change once placed: cancelling or exchanging acts on the
 * reservations, so the order history stays what was bought.
 */
@Entity
@Table(name = "customer_order", schema = "reservations")
public class CustomerOrder {
    static final String COMPLETED = "completed";

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "operator_type", nullable = false)
    private String operatorType;

    @Column(name = "user_principal_name", nullable = false)
    private String userPrincipalName;

    @Column(name = "creation_date", nullable = false)
    private OffsetDateTime creationDate;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "total_price", nullable = false)
    private BigDecimal totalPrice;

    @Column(name = "currency", nullable = false)
    private String currency;

    @ElementCollection
    @CollectionTable(name = "order_line_item", schema = "reservations", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("lineNumber")
    private List<OrderLineItem> lineItems = new ArrayList<>();

    protected CustomerOrder() {
    }

    CustomerOrder(UUID id, UUID customerId, OrderKind kind, Actor buyer, String currency, OffsetDateTime at) {
        this.id = id;
        this.customerId = customerId;
        this.kind = kind.wire();
        this.operatorType = buyer.operatorType().wire();
        this.userPrincipalName = buyer.userPrincipalName();
        this.creationDate = at;
        this.status = COMPLETED;
        this.totalPrice = BigDecimal.ZERO.setScale(2);
        this.currency = currency;
    }

    void add(Reservation reservation, Money unitPrice, String friendlyName) {
        Money lineTotal = unitPrice.times(reservation.quantity());
        lineItems.add(new OrderLineItem(lineItems.size() + 1, reservation, unitPrice, lineTotal, friendlyName));
        totalPrice = total().plus(lineTotal).amount();
    }

    public Money total() {
        return new Money(totalPrice, currency);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String kind() {
        return kind;
    }

    public String operatorType() {
        return operatorType;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public OffsetDateTime creationDate() {
        return creationDate;
    }

    public String status() {
        return status;
    }

    public String currency() {
        return currency;
    }

    /**
     * The order's billing cycle, Partner Center's order-level field: every order placed now has one (a
     * cart's order group is one billing cycle, an order's body names one); an order from before carts may
     * mix them, and then reads as its first line's.
     */
    public BillingCycle billingCycle() {
        return WireValue.parse(BillingCycle.class, lineItems.get(0).billingCycle(), "billingCycle");
    }

    public List<OrderLineItem> lineItems() {
        return List.copyOf(lineItems);
    }
}
