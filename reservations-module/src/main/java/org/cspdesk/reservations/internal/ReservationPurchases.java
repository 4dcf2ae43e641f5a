package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.permissions.api.PurchasePermissions;
import org.cspdesk.permissions.api.ReservationPurchaseRules;
import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.reservations.api.ReservationOrdered;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Places orders of reservations, always billed to the partner (docs/rules.md rules 5, 7 and 9).
 *
 * <p>The partner may buy for any of its customers. A customer's own user may buy only while the switch
 * is on, only on an active Azure plan / Azure Global subscription this partner bought for the customer,
 * and only where it holds Owner or Reservation Purchaser. The checks run inside the order's transaction
 * and the switch is read with a share lock, so a switch turned off is obeyed from its commit on.
 */
@ApplicationScoped
public class ReservationPurchases {
    static final String RESERVED_INSTANCES = "AzureReservedInstances";

    @Inject
    CustomerDirectory customers;

    @Inject
    PurchasePermissions permissions;

    @Inject
    PurchasePrerequisites prerequisites;

    @Inject
    ReservationCatalog catalog;

    @Inject
    PriceLists priceLists;

    @Inject
    Orders orders;

    @Inject
    PurchaseNotifications notifications;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<ReservationOrdered> ordered;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public CustomerOrder place(UUID customerId, List<LineRequest> lines) {
        return placeGroups(customerId, List.of(lines), null).get(0);
    }

    /**
     * Places one order per group of lines, in this transaction, after the checks of who may buy what have
     * passed for every line: all of them or none. {@code cartId} names the cart being checked out (its
     * groups are its order groups), or is null.
     */
    List<CustomerOrder> placeGroups(UUID customerId, List<List<LineRequest>> groups, UUID cartId) {
        customers.require(customerId);
        Actor buyer = currentRequest.actor();
        List<LineRequest> lines = groups.stream().flatMap(List::stream).toList();
        if (currentRequest.isCustomerUser()) {
            requireSelfServeAllowed(customerId, lines, buyer.userPrincipalName());
        } else {
            requireEligibleSubscriptions(customerId, lines);
        }
        List<CustomerOrder> placed = new ArrayList<>();
        for (int group = 0; group < groups.size(); group++) {
            CustomerOrder order = order(customerId, OrderKind.PURCHASE, groups.get(group), buyer, null, cartId, group);
            if (currentRequest.isCustomerUser()) {
                notifications.enqueue(order);
            }
            placed.add(order);
        }
        return placed;
    }

    CustomerOrder order(UUID customerId, OrderKind kind, List<LineRequest> lines, Actor buyer, OffsetDateTime start) {
        return order(customerId, kind, lines, buyer, start, null, 0);
    }

    /**
     * Stores an order of those lines at the partner's current prices, with a reservation per line starting
     * at {@code start} (now when null), and fires its event. The caller has checked who may buy what.
     */
    private CustomerOrder order(UUID customerId, OrderKind kind, List<LineRequest> lines, Actor buyer,
                                OffsetDateTime start, UUID cartId, int orderGroup) {
        OffsetDateTime now = now();
        PriceList prices = priceLists.current();
        CustomerOrder order = new CustomerOrder(UUID.randomUUID(), customerId, kind, buyer, prices.currency(), now);
        List<Reservation> reservations = new ArrayList<>();
        for (LineRequest line : lines) {
            CatalogItem item = catalog.require(line.skuId(), line.term());
            Money unitPrice = prices.unitPrice(item);
            Reservation reservation = new Reservation(order.id(), customerId, item, line.quantity(), line.billingCycle(),
                    line.placement(), line.autoRenew(), buyer, unitPrice, now, start == null ? now : start);
            reservations.add(reservation);
            order.add(reservation, unitPrice, line.friendlyName());
        }
        orders.add(order, reservations);
        if (cartId != null) {
            orders.fromCart(cartId, orderGroup, order.id());
        }
        ordered.fire(new ReservationOrdered(order.id(), customerId, kind.wire(), order.lineItems().stream()
                .map(line -> orderedLine(line, reservations.get(line.lineNumber() - 1))).toList(),
                order.total().amount(), order.currency(), buyer, now));
        return order;
    }

    /** The rules of ReservationPurchaseRules, in its order, with the subscription's eligibility between them. */
    private void requireSelfServeAllowed(UUID customerId, List<LineRequest> lines, String userPrincipalName) {
        boolean switchOn = permissions.mayPurchase(customerId, RESERVED_INSTANCES);
        if (ReservationPurchaseRules.ofCustomerUser(switchOn, true).isPresent()) {
            throw ReservationPurchaseRules.purchaseNotPermitted();
        }
        requireEligibleSubscriptions(customerId, lines);
        for (UUID subscriptionId : subscriptionsOf(lines)) {
            boolean holdsAPurchasingRole = prerequisites.mayBuyReservationsOn(customerId, subscriptionId, userPrincipalName);
            if (ReservationPurchaseRules.ofCustomerUser(switchOn, holdsAPurchasingRole).isPresent()) {
                throw ReservationPurchaseRules.ownerRoleRequired(userPrincipalName, subscriptionId);
            }
        }
    }

    void requireEligibleSubscriptions(UUID customerId, List<LineRequest> lines) {
        for (UUID subscriptionId : subscriptionsOf(lines)) {
            if (!prerequisites.isEligibleAzureSubscription(customerId, subscriptionId)) {
                throw ApiProblem.conflict("subscription_not_eligible", "Subscription " + subscriptionId + " is not an"
                        + " active Azure plan or Azure Global subscription of this customer bought by this partner;"
                        + " reservations are bought on one of those.");
            }
        }
    }

    private static Set<UUID> subscriptionsOf(List<LineRequest> lines) {
        Set<UUID> ids = new LinkedHashSet<>();
        lines.forEach(line -> ids.add(line.placement().subscriptionId()));
        return ids;
    }

    private static ReservationOrdered.OrderedLine orderedLine(OrderLineItem line, Reservation reservation) {
        return new ReservationOrdered.OrderedLine(reservation.id(), line.skuId(), reservation.armSkuName(),
                reservation.armRegionName(), line.term(), line.quantity(), line.billingCycle(), line.subscriptionId(),
                line.scope(), line.resourceGroup(), line.autoRenew(), line.unitPrice(), line.totalPrice());
    }

    /** Microseconds, as PostgreSQL keeps them: what a POST answers is what a later GET reads. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
