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
 * The customers and users in the {@code customers} schema. Customers are keyset-paged on
 * {@code (lower(company_name) collate "C", id)}, served by the index {@code customer_name_c}.
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

    /** How many customers the partner has. */
    public long count() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }

    /**
     * One page of customers in name order, after {@code (afterName, afterId)} when given, keeping those whose
     * company name starts with {@code namePrefix}, or whose domain starts with {@code domainPrefix}, ignoring
     * case, when given. Name order is {@code lower(company_name)} in the "C" collation, whatever the database's
     * locale, so that one index ({@code customer_name_c}, V3) serves the order, the keyset position and the
     * name prefix alike (ADR 0015). {@code afterName} is the company name as stored, and the name prefix is
     * lowered by the database as it lowers the column, because Java's lower case is not PostgreSQL's (in the
     * C locale it only lowers ASCII): a position or prefix lowered by Java would skip, repeat or miss
     * customers whose names start with É, Ö and the like. Domains are stored lower-cased by Java, so the
     * domain prefix is lowered as they were, and served by {@code customer_domain_key}.
     */
    @SuppressWarnings("unchecked")
    public List<Customer> page(String namePrefix, String domainPrefix, String afterName, UUID afterId, UUID onlyId,
                               int limit) {
        StringBuilder sql = new StringBuilder("select * from customers.customer where true");
        List<Object> params = new ArrayList<>();
        if (namePrefix != null) {
            params.add(escapeLike(namePrefix));
            sql.append(" and lower(company_name) collate \"C\" like (lower(?").append(params.size())
                    .append(") || '%') collate \"C\"");
        }
        if (domainPrefix != null) {
            params.add(escapeLike(domainPrefix.toLowerCase(Locale.ROOT)) + "%");
            sql.append(" and domain like ?").append(params.size());
        }
        if (afterId != null) {
            params.add(afterName);
            params.add(afterId);
            sql.append(" and (lower(company_name) collate \"C\", id) > (lower(?").append(params.size() - 1)
                    .append(") collate \"C\", ?").append(params.size()).append(')');
        }
        if (onlyId != null) {
            params.add(onlyId);
            sql.append(" and id = ?").append(params.size());
        }
        sql.append(" order by lower(company_name) collate \"C\", id limit ").append(limit);
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

    /** The user of that id, deleted or not. */
    public Optional<CustomerUser> findUserEvenIfDeleted(UUID userId) {
        return Optional.ofNullable(em.find(CustomerUser.class, userId));
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
