package org.cspdesk.subscriptions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Offers, subscriptions and role assignments in the {@code subscriptions} schema. */
@ApplicationScoped
public class Subscriptions {
    /** Subscription.isActiveAzure's categories, for the queries that ask it of many subscriptions at once. */
    private static final List<String> AZURE_CATEGORIES = List.of(Offer.AZURE_PLAN, Offer.AZURE_GLOBAL);
    /** The roles whose holder may buy reservations (AzureRole.mayBuyReservations), in the queries' terms. */
    private static final List<AzureRole> PURCHASING_ROLES = Stream.of(AzureRole.values())
            .filter(AzureRole::mayBuyReservations).toList();

    @PersistenceContext(unitName = "subscriptions")
    EntityManager em;

    public List<Offer> offers() {
        return em.createQuery("select o from Offer o order by o.category, o.name", Offer.class).getResultList();
    }

    public Optional<Offer> offer(String id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    public Optional<Subscription> find(UUID customerId, UUID subscriptionId) {
        return Optional.ofNullable(em.find(Subscription.class, subscriptionId))
                .filter(subscription -> subscription.customerId().equals(customerId));
    }

    public void add(Subscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    /** Writes a change now, version checked, before its event is recorded. */
    public void saveNow() {
        em.flush();
    }

    /**
     * One page of a customer's subscriptions, oldest first, after {@code (afterDate, afterId)} when given.
     * The {@code >=} bound lets the index {@code subscription_by_customer} start the scan at the position.
     */
    public List<Subscription> page(UUID customerId, OffsetDateTime afterDate, UUID afterId, int limit) {
        String keyset = afterId == null ? "" : " and s.createdAt >= :afterDate"
                + " and (s.createdAt > :afterDate or s.id > :afterId)";
        var query = em.createQuery("select s from Subscription s where s.customerId = :customer" + keyset
                + " order by s.createdAt, s.id", Subscription.class).setParameter("customer", customerId);
        if (afterId != null) {
            query.setParameter("afterDate", afterDate).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The ids of the customer's active Azure plan / Azure Global subscriptions, in purchase order. */
    public List<UUID> activeAzure(UUID customerId) {
        return activeAzure(customerId, "s.id", UUID.class);
    }

    /** The same subscriptions whole (their names and offers too). */
    public List<Subscription> activeAzureSubscriptions(UUID customerId) {
        return activeAzure(customerId, "s", Subscription.class);
    }

    /** One statement of which subscriptions are active Azure ones (Subscription.isActiveAzure, in JPQL). */
    private <T> List<T> activeAzure(UUID customerId, String selected, Class<T> type) {
        return em.createQuery("select " + selected + " from Subscription s where s.customerId = :customer"
                        + " and s.status = :active and s.category in :azure order by s.createdAt, s.id", type)
                .setParameter("customer", customerId).setParameter("active", SubscriptionStatus.ACTIVE)
                .setParameter("azure", AZURE_CATEGORIES).getResultList();
    }

    public List<RoleAssignment> assignments(UUID subscriptionId) {
        return em.createQuery("select a from RoleAssignment a where a.subscriptionId = :subscription"
                + " order by a.userPrincipalName, a.role", RoleAssignment.class)
                .setParameter("subscription", subscriptionId).getResultList();
    }

    /** The customer's active Azure subscriptions, in order, and the roles that may buy reservations held on them. */
    public record ActiveAzurePurchasing(List<UUID> subscriptions, List<RoleAssignment> purchasingAssignments) {
    }

    /**
     * {@link #activeAzure} and {@link #purchasingAssignments} of those subscriptions in one statement: the
     * prerequisites of every switch and every read of the Account page ask both, and a round trip to the
     * database is most of such a request's time.
     */
    public ActiveAzurePurchasing activeAzurePurchasing(UUID customerId) {
        List<Object[]> rows = em.createQuery("select s.id, a from Subscription s left join RoleAssignment a"
                        + " on a.subscriptionId = s.id and a.customerId = s.customerId and a.role in :roles"
                        + " where s.customerId = :customer and s.status = :active and s.category in :azure"
                        + " order by s.createdAt, s.id", Object[].class)
                .setParameter("customer", customerId).setParameter("active", SubscriptionStatus.ACTIVE)
                .setParameter("azure", AZURE_CATEGORIES)
                .setParameter("roles", PURCHASING_ROLES).getResultList();
        Set<UUID> subscriptions = new LinkedHashSet<>();
        List<RoleAssignment> assignments = new ArrayList<>();
        for (Object[] row : rows) {
            subscriptions.add((UUID) row[0]);
            if (row[1] != null) {
                assignments.add((RoleAssignment) row[1]);
            }
        }
        return new ActiveAzurePurchasing(List.copyOf(subscriptions), assignments);
    }

    /** Assignments of roles that may buy reservations, on any of these subscriptions, in one query. */
    public List<RoleAssignment> purchasingAssignments(UUID customerId, List<UUID> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from RoleAssignment a where a.customerId = :customer"
                        + " and a.subscriptionId in :subscriptions and a.role in :roles", RoleAssignment.class)
                .setParameter("customer", customerId).setParameter("subscriptions", subscriptionIds)
                .setParameter("roles", PURCHASING_ROLES).getResultList();
    }

    /**
     * Every Azure role the user of that UPN (lower-case, as UPNs are kept) holds on the customer's subscriptions,
     * in one query (index role_assignment_by_principal).
     */
    public List<RoleAssignment> assignmentsOfPrincipal(UUID customerId, String lowerCaseUpn) {
        return em.createQuery("select a from RoleAssignment a where a.customerId = :customer"
                        + " and a.userPrincipalName = :upn order by a.subscriptionId, a.role", RoleAssignment.class)
                .setParameter("customer", customerId).setParameter("upn", lowerCaseUpn).getResultList();
    }

    /**
     * One page of every role assignment on the customer's subscriptions, in subscription, UPN and role order (then
     * id), after the position {@code after} (subscription id, UPN, role, id) when given; only that user's when
     * {@code userId} is given. Indexes role_assignment_by_customer_page and role_assignment_by_user.
     */
    public List<RoleAssignment> customerPage(UUID customerId, UUID userId, List<String> after, int limit) {
        StringBuilder sql = new StringBuilder("select * from subscriptions.role_assignment where customer_id = ?1");
        List<Object> params = new java.util.ArrayList<>(List.of(customerId));
        if (userId != null) {
            params.add(userId);
            sql.append(" and user_id = ?").append(params.size());
        }
        if (!after.isEmpty()) {
            sql.append(" and (subscription_id, user_principal_name, role, id) > (?").append(params.size() + 1)
                    .append(", ?").append(params.size() + 2).append(", ?").append(params.size() + 3)
                    .append(", ?").append(params.size() + 4).append(")");
            params.add(UUID.fromString(after.get(0)));
            params.add(after.get(1));
            params.add(after.get(2));
            params.add(UUID.fromString(after.get(3)));
        }
        sql.append(" order by subscription_id, user_principal_name, role, id");
        var query = em.createNativeQuery(sql.toString(), RoleAssignment.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<RoleAssignment> found = query.setMaxResults(limit).getResultList();
        return found;
    }

    /** Every Azure role the user holds on the customer's subscriptions. */
    public List<RoleAssignment> assignmentsOf(UUID customerId, UUID userId) {
        return em.createQuery("select a from RoleAssignment a where a.customerId = :customer and a.userId = :user"
                        + " order by a.subscriptionId, a.role", RoleAssignment.class)
                .setParameter("customer", customerId).setParameter("user", userId).getResultList();
    }

    public Optional<RoleAssignment> assignment(UUID subscriptionId, UUID assignmentId) {
        return Optional.ofNullable(em.find(RoleAssignment.class, assignmentId))
                .filter(assignment -> assignment.subscriptionId().equals(subscriptionId));
    }

    public boolean holds(UUID subscriptionId, UUID userId, AzureRole role) {
        return !em.createQuery("select a.id from RoleAssignment a where a.subscriptionId = :s and a.userId = :u and a.role = :r")
                .setParameter("s", subscriptionId).setParameter("u", userId).setParameter("r", role)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(RoleAssignment assignment) {
        em.persist(assignment);
        em.flush();
    }

    public void remove(RoleAssignment assignment) {
        em.remove(assignment);
        em.flush();
    }
}
