package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.reservations.api.ReservationCancelled;
import org.cspdesk.reservations.api.ReservationExchanged;
import org.cspdesk.reservations.api.ReservationRenewed;
import org.cspdesk.reservations.api.ReservationScopeChanged;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What only the partner may do with a reservation once bought (docs/rules.md rule 6): cancel it for a
 * prorated refund, exchange it, renew it, or change its scope. The web layer refuses customer users
 * before they get here; every change is written, version checked, before its event is recorded.
 */
@ApplicationScoped
public class ReservationLifecycle {

    @Inject
    CustomerDirectory customers;

    @Inject
    Orders orders;

    @Inject
    ReservationCatalog catalog;

    @Inject
    PriceLists priceLists;

    @Inject
    ReservationPurchases purchases;

    @Inject
    RefundCap refundCap;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<ReservationCancelled> cancelled;

    @Inject
    Event<ReservationExchanged> exchanged;

    @Inject
    Event<ReservationRenewed> renewed;

    @Inject
    Event<ReservationScopeChanged> scopeChanged;

    /** A cancelled reservation and what it refunded. */
    public record Cancellation(Reservation reservation, Money refund) {
    }

    /** An exchanged reservation, what it returned, and the order that replaced it. */
    public record Exchange(Reservation returned, Money returnedValue, CustomerOrder newOrder) {
    }

    /** A renewed reservation and the renewal order that follows it. */
    public record Renewal(Reservation renewed, CustomerOrder renewalOrder) {
    }

    /** What cancelling a reservation now would refund, and where that stands against the refund cap. */
    public record CancellationPreview(Reservation reservation, RefundCap.Standing standing) {
    }

    /**
     * What {@link #cancel} would do now, changing nothing: the same refund and the same cap figures. A
     * cancellation a moment later refunds its own moment's prorated share, which may be a cent less.
     */
    public CancellationPreview previewCancellation(UUID customerId, UUID reservationId) {
        Reservation reservation = existing(customerId, reservationId);
        OffsetDateTime now = purchases.now();
        return new CancellationPreview(reservation, refundCap.standing(customerId, refundOf(reservation, now), now));
    }

    @Transactional
    public Cancellation cancel(UUID customerId, UUID reservationId, Long expectedVersion) {
        Reservation reservation = existing(customerId, reservationId, expectedVersion);
        OffsetDateTime now = purchases.now();
        Money refund = refundOf(reservation, now);
        refundCap.require(customerId, refund, now);
        reservation.cancel(now);
        orders.add(new Refund(reservation, Refund.CANCEL, refund, now));
        orders.saveNow();
        cancelled.fire(new ReservationCancelled(customerId, reservationId, reservation.orderId(), refund.amount(),
                refund.currency(), currentRequest.actor(), now));
        return new Cancellation(reservation, refund);
    }

    /**
     * Returns the reservation's remaining commitment and puts it toward a new order of at least the same
     * value (Azure's rule); not counted toward the refund cap.
     */
    @Transactional
    public Exchange exchange(UUID customerId, UUID reservationId, Long expectedVersion, List<LineRequest> lines) {
        Reservation reservation = existing(customerId, reservationId, expectedVersion);
        OffsetDateTime now = purchases.now();
        reservation.requireActive(now);
        Money returned = reservation.remainingCommitment(now, currentPrice(reservation));
        purchases.requireEligibleSubscriptions(customerId, lines);
        Money newCommitment = Money.zero(returned.currency());
        PriceList prices = priceLists.current();
        for (LineRequest line : lines) {
            newCommitment = newCommitment.plus(prices.unitPrice(catalog.require(line.skuId(), line.term()))
                    .times(line.quantity()));
        }
        if (newCommitment.isLessThan(returned)) {
            throw ApiProblem.conflict("exchange_value_too_low", "The new purchase (" + newCommitment + ") must be at"
                    + " least the returned commitment (" + returned + "); add quantity or choose a larger size or term.")
                    .with("returnedValue", returned.amount()).with("newCommitment", newCommitment.amount());
        }
        reservation.exchange(now);
        orders.add(new Refund(reservation, Refund.EXCHANGE, returned, now));
        orders.saveNow();
        CustomerOrder order = purchases.order(customerId, OrderKind.EXCHANGE, lines, currentRequest.actor(), null);
        exchanged.fire(new ReservationExchanged(customerId, reservationId, returned.amount(), returned.currency(),
                order.id(), order.lineItems().stream().map(OrderLineItem::reservationId).toList(),
                currentRequest.actor(), now));
        return new Exchange(reservation, returned, order);
    }

    /** Buys the same reservation again at today's price, starting when this one expires. */
    @Transactional
    public Renewal renew(UUID customerId, UUID reservationId, Long expectedVersion) {
        Reservation reservation = existing(customerId, reservationId, expectedVersion);
        OffsetDateTime now = purchases.now();
        reservation.requireRenewable(now);
        LineRequest again = new LineRequest(reservation.skuId(), reservation.term(), reservation.quantity(),
                reservation.billingCycle(), reservation.placement(), reservation.autoRenew());
        purchases.requireEligibleSubscriptions(customerId, List.of(again));
        CustomerOrder order = purchases.order(customerId, OrderKind.RENEWAL, List.of(again), currentRequest.actor(),
                reservation.expiryDate());
        Reservation renewal = orders.reservation(customerId, order.lineItems().get(0).reservationId()).orElseThrow();
        reservation.renewedBy(renewal, now);
        orders.saveNow();
        renewed.fire(new ReservationRenewed(customerId, reservationId, order.id(), renewal.id(), renewal.startDate(),
                renewal.expiryDate(), currentRequest.actor(), now));
        return new Renewal(reservation, order);
    }

    @Transactional
    public Reservation changeScope(UUID customerId, UUID reservationId, Long expectedVersion, ReservationScope scope,
                                   String resourceGroup) {
        Reservation reservation = existing(customerId, reservationId, expectedVersion);
        OffsetDateTime now = purchases.now();
        reservation.requireActive(now);
        Placement before = reservation.placement();
        Placement after = new Placement(before.subscriptionId(), scope, resourceGroup);
        if (scope != ReservationScope.SHARED) {
            purchases.requireEligibleSubscriptions(customerId, List.of(new LineRequest(reservation.skuId(),
                    reservation.term(), reservation.quantity(), reservation.billingCycle(), after, false)));
        }
        if (reservation.place(after, now)) {
            orders.saveNow();
            scopeChanged.fire(new ReservationScopeChanged(customerId, reservationId, before.scope().wire(),
                    before.resourceGroup(), scope.wire(), resourceGroup, currentRequest.actor(), now));
        }
        return reservation;
    }

    public Reservation existing(UUID customerId, UUID reservationId) {
        customers.require(customerId);
        return orders.reservation(customerId, reservationId).orElseThrow(() -> ApiProblem.notFound(
                "reservation_not_found", "Customer " + customerId + " has no reservation " + reservationId + "."));
    }

    private Reservation existing(UUID customerId, UUID reservationId, Long expectedVersion) {
        Reservation reservation = existing(customerId, reservationId);
        if (expectedVersion != null && expectedVersion != reservation.version()) {
            throw ApiProblem.preconditionFailed("The reservation changed since you read it; read it again and retry.");
        }
        return reservation;
    }

    /** What cancelling an active reservation at {@code now} refunds; 409 when it is not active. */
    private Money refundOf(Reservation reservation, OffsetDateTime now) {
        reservation.requireActive(now);
        return reservation.remainingCommitment(now, currentPrice(reservation));
    }

    private Money currentPrice(Reservation reservation) {
        return priceLists.current().unitPrice(catalog.require(reservation.skuId(), reservation.term()));
    }
}
