package org.cspdesk.reservations.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's cart of reservations, Partner Center's way of buying them: created, read and replaced while
 * active, checked out once into orders (one per billing cycle, Partner Center's order groups). It expires
 * seven days after it was created, as Partner Center's carts do; replacing its lines does not extend it.
 */
@Entity
@Table(name = "cart", schema = "reservations")
public class Cart {
    /** Partner Center: "Carts expire seven days from the initial creation." */
    static final Duration LIFETIME = Duration.ofDays(7);
    static final String ACTIVE = "active";
    static final String ORDERED = "ordered";

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "creation_timestamp", nullable = false)
    private OffsetDateTime creationTimestamp;

    @Column(name = "last_modified_timestamp", nullable = false)
    private OffsetDateTime lastModifiedTimestamp;

    @Column(name = "expiration_timestamp", nullable = false)
    private OffsetDateTime expirationTimestamp;

    @Column(name = "last_modified_user", nullable = false)
    private String lastModifiedUser;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "cart_line_item", schema = "reservations", joinColumns = @JoinColumn(name = "cart_id"))
    @OrderBy("lineNumber")
    private List<CartLine> lineItems = new ArrayList<>();

    protected Cart() {
    }

    Cart(UUID customerId, List<LineRequest> lines, String user, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.status = ACTIVE;
        this.creationTimestamp = now;
        this.expirationTimestamp = now.plus(LIFETIME);
        this.version = 1;
        replace(lines, user, now);
    }

    final void replace(List<LineRequest> lines, String user, OffsetDateTime now) {
        lineItems.clear();
        for (LineRequest line : lines) {
            lineItems.add(new CartLine(lineItems.size(), line));
        }
        lastModifiedUser = user;
        lastModifiedTimestamp = now;
    }

    void markOrdered(String user, OffsetDateTime now) {
        status = ORDERED;
        lastModifiedUser = user;
        lastModifiedTimestamp = now;
    }

    public boolean isOrdered() {
        return ORDERED.equals(status);
    }

    public boolean isExpired(OffsetDateTime now) {
        return !isOrdered() && !now.isBefore(expirationTimestamp);
    }

    /**
     * The lines in Partner Center's order groups: the lines of one billing cycle make one order, in the
     * order the cycles first appear. The group's number is its {@code orderGroup}.
     */
    public List<List<LineRequest>> orderGroups() {
        Map<BillingCycle, List<LineRequest>> groups = new LinkedHashMap<>();
        lineItems.forEach(line -> groups.computeIfAbsent(line.billingCycle(), cycle -> new ArrayList<>())
                .add(line.request()));
        return List.copyOf(groups.values());
    }

    /** The order group of a line: the index of its billing cycle among the cart's, in order of appearance. */
    public int orderGroupOf(CartLine line) {
        List<BillingCycle> cycles = lineItems.stream().map(CartLine::billingCycle).distinct().toList();
        return cycles.indexOf(line.billingCycle());
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    /** Partner Center's spelling: {@code Active} or {@code Ordered}. */
    public String status() {
        return isOrdered() ? "Ordered" : "Active";
    }

    public OffsetDateTime creationTimestamp() {
        return creationTimestamp;
    }

    public OffsetDateTime lastModifiedTimestamp() {
        return lastModifiedTimestamp;
    }

    public OffsetDateTime expirationTimestamp() {
        return expirationTimestamp;
    }

    public String lastModifiedUser() {
        return lastModifiedUser;
    }

    public long version() {
        return version;
    }

    public List<CartLine> lineItems() {
        return List.copyOf(lineItems);
    }
}
