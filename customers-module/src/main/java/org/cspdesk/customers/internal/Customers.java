package org.cspdesk.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The customers and users in the {@code customers} schema. Lists are keyset-paged on
 * {@code (lower(company_name), id)}, served by the index of the same name.
 */
@ApplicationScoped
public class Customers {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    public Optional<Customer> find(UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public List<Customer> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Customer c where c.id in :ids", Customer.class)
                .setParameter("ids", ids).getResultList();
    }

    public boolean domainTaken(String domain) {
        return !em.createNativeQuery("select 1 from customers.customer where lower(domain) = ?1")
                .setParameter(1, domain.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Customer customer) {
        em.persist(customer);
    }

    /**
     * One page of customers in name order, after {@code (afterName, afterId)} when given, keeping those
     * whose company name or domain starts with {@code prefix} (case-insensitive) when given.
     * {@code afterName} is the company name as stored: the database lowers it as it lowers the column,
     * because Java's lower case is not PostgreSQL's (in the C locale it only lowers ASCII), and a
     * position lowered by Java would skip or repeat customers whose names start with É, Ö and the like.
     */
    @SuppressWarnings("unchecked")
    public List<Customer> page(String prefix, String afterName, UUID afterId, UUID onlyId, int limit) {
        StringBuilder sql = new StringBuilder("select * from customers.customer where true");
        List<Object> params = new ArrayList<>();
        if (prefix != null) {
            params.add(escapeLike(prefix.toLowerCase(Locale.ROOT)) + "%");
            sql.append(" and (lower(company_name) like ?").append(params.size())
                    .append(" or domain like ?").append(params.size()).append(')');
        }
        if (afterId != null) {
            params.add(afterName);
            params.add(afterId);
            sql.append(" and (lower(company_name), id) > (lower(?").append(params.size() - 1).append(')')
                    .append(", ?").append(params.size()).append(')');
        }
        if (onlyId != null) {
            params.add(onlyId);
            sql.append(" and id = ?").append(params.size());
        }
        sql.append(" order by lower(company_name), id limit ").append(limit);
        var query = em.createNativeQuery(sql.toString(), Customer.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    /** The user, if it belongs to that customer and is not deleted. */
    public Optional<CustomerUser> findUser(UUID customerId, UUID userId) {
        CustomerUser user = em.find(CustomerUser.class, userId);
        return user != null && user.customerId().equals(customerId) && user.isActive() ? Optional.of(user)
                : Optional.empty();
    }

    /** The user with that UPN, deleted or not: a deleted user's UPN stays taken. */
    public Optional<CustomerUser> findUserByPrincipalName(String userPrincipalName) {
        return em.createQuery("select u from CustomerUser u where u.userPrincipalName = :upn", CustomerUser.class)
                .setParameter("upn", userPrincipalName.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public void addUser(CustomerUser user) {
        em.persist(user);
    }

    /** Writes a change now, version checked, before its event is recorded. */
    public void saveNow() {
        em.flush();
    }

    /** One page of a customer's active users in UPN order, after {@code afterUpn} when given. */
    public List<CustomerUser> users(UUID customerId, String afterUpn, int limit) {
        var query = em.createQuery("select u from CustomerUser u where u.customerId = :customer and u.state = :active"
                        + (afterUpn == null ? "" : " and u.userPrincipalName > :after") + " order by u.userPrincipalName",
                        CustomerUser.class)
                .setParameter("customer", customerId).setParameter("active", UserState.ACTIVE);
        if (afterUpn != null) {
            query.setParameter("after", afterUpn);
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
