package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders, reservations and refunds in the {@code reservations} schema. */
@ApplicationScoped
public class Orders {

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    /** Stores an order and the reservations it made, now, so that the events that follow see them. */
    public void add(CustomerOrder order, List<Reservation> reservations) {
        em.persist(order);
        reservations.forEach(em::persist);
        em.flush();
    }

    /**
     * Files an order as a cart's order of that group. A second order of the same cart and group fails on the
     * primary key, whatever else let it get this far.
     */
    void fromCart(UUID cartId, int orderGroup, UUID orderId) {
        em.createNativeQuery("insert into reservations.cart_order (cart_id, order_group, order_id)"
                        + " values (cast(?1 as uuid), ?2, cast(?3 as uuid))")
                .setParameter(1, cartId.toString()).setParameter(2, orderGroup).setParameter(3, orderId.toString())
                .executeUpdate();
    }

    /** The orders a cart's checkout made, by order group. */
    List<CustomerOrder> ofCart(UUID cartId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select order_id::text from reservations.cart_order"
                + " where cart_id = cast(?1 as uuid) order by order_group").setParameter(1, cartId.toString())
                .getResultList();
        return ids.stream().map(id -> em.find(CustomerOrder.class, UUID.fromString(id))).toList();
    }

    public void add(Refund refund) {
        em.persist(refund);
    }

    /** Writes pending changes now, version checked, before their event is recorded. */
    public void saveNow() {
        em.flush();
    }

    public Optional<CustomerOrder> order(UUID customerId, UUID orderId) {
        return Optional.ofNullable(em.find(CustomerOrder.class, orderId))
                .filter(order -> order.customerId().equals(customerId));
    }

    public Optional<Reservation> reservation(UUID customerId, UUID reservationId) {
        return Optional.ofNullable(em.find(Reservation.class, reservationId))
                .filter(reservation -> reservation.customerId().equals(customerId));
    }

    /**
     * One page of a customer's orders, newest first, after {@code (beforeDate, beforeId)} when given, only
     * those {@code purchasedBy} placed when it is given (index customer_order_by_customer_and_buyer; without
     * it customer_order_by_customer). The line items of the whole page come in one more query (batch fetch),
     * not one per order.
     */
    public List<CustomerOrder> orders(UUID customerId, Purchaser purchasedBy, OffsetDateTime beforeDate, UUID beforeId,
                                      int limit) {
        TypedQuery<CustomerOrder> query = em.createQuery("select o from CustomerOrder o where o.customerId = :customer"
                + (purchasedBy == null ? "" : " and o.operatorType = :buyer")
                + (beforeId == null ? "" : " and o.creationDate <= :date and (o.creationDate < :date or o.id < :id)")
                + " order by o.creationDate desc, o.id desc", CustomerOrder.class)
                .setParameter("customer", customerId)
                .setHint("eclipselink.batch", "o.lineItems")
                .setHint("eclipselink.batch.type", "IN");
        if (purchasedBy != null) {
            query.setParameter("buyer", purchasedBy.wire());
        }
        if (beforeId != null) {
            query.setParameter("date", beforeDate).setParameter("id", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** One page of a customer's reservations, newest purchase first. */
    public List<Reservation> reservations(UUID customerId, OffsetDateTime beforeDate, UUID beforeId, int limit) {
        TypedQuery<Reservation> query = em.createQuery("select r from Reservation r where r.customerId = :customer"
                + (beforeId == null ? "" : " and r.purchaseDate <= :date and (r.purchaseDate < :date or r.id < :id)")
                + " order by r.purchaseDate desc, r.id desc", Reservation.class)
                .setParameter("customer", customerId);
        if (beforeId != null) {
            query.setParameter("date", beforeDate).setParameter("id", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Serializes the refunds of one customer until the transaction ends, so that two cancellations at the
     * same instant cannot both fit under the cap that only one of them fits under.
     */
    public void lockRefundsOf(UUID customerId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('refunds:' || ?1, 0))")
                .setParameter(1, customerId.toString()).getSingleResult();
    }

    /** The cancelled commitment of a customer since {@code since}: what counts toward the refund cap. */
    public BigDecimal cancelledSince(UUID customerId, OffsetDateTime since) {
        BigDecimal sum = em.createQuery("select sum(f.amount) from Refund f where f.customerId = :customer"
                        + " and f.kind = :cancel and f.refundedAt > :since", BigDecimal.class)
                .setParameter("customer", customerId).setParameter("cancel", Refund.CANCEL)
                .setParameter("since", since).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
