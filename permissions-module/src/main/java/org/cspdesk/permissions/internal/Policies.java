package org.cspdesk.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The self-serve policies in the {@code permissions} schema. */
@ApplicationScoped
public class Policies {

    @PersistenceContext(unitName = "permissions")
    EntityManager em;

    public Optional<SelfServePolicy> find(String id) {
        return Optional.ofNullable(em.find(SelfServePolicy.class, id));
    }

    public Optional<SelfServePolicy> findByCustomer(UUID customerId) {
        return em.createQuery("select p from SelfServePolicy p where p.customerId = :customer", SelfServePolicy.class)
                .setParameter("customer", customerId).getResultStream().findFirst();
    }

    /** Policies whose comma-separated permissions name {@code resource}: one per customer, so a small table. */
    public long countGranting(String resource) {
        return em.createQuery("select count(p) from SelfServePolicy p"
                        + " where concat(',', p.permissions, ',') like :resource", Long.class)
                .setParameter("resource", "%," + resource + ",%").getSingleResult();
    }

    /** The policies of those customers that have one, in one query (served by the unique customer_id index). */
    public List<SelfServePolicy> findByCustomers(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from SelfServePolicy p where p.customerId in :customers", SelfServePolicy.class)
                .setParameter("customers", List.copyOf(customerIds)).getResultList();
    }

    /**
     * The resources the customer's policy grants, read with a share lock held until the transaction ends:
     * a purchase that asked cannot commit after a switch-off it did not see, and a switch-off waits for
     * purchases that saw the switch on. Empty when there is no policy (the switch is off).
     */
    public Optional<String> grantedResourcesLockedForShare(UUID customerId) {
        return em.createNativeQuery("select permissions from permissions.self_serve_policy where customer_id = ?1"
                        + " for share").setParameter(1, customerId).getResultStream()
                .map(String.class::cast).findFirst();
    }

    /** Writes the new policy now, so that a concurrent creation fails here, before anything is recorded. */
    public void add(SelfServePolicy policy) {
        em.persist(policy);
        em.flush();
    }

    /** Writes the change now (version checked), so that a concurrent change fails before it is recorded. */
    public void saveNow(SelfServePolicy policy) {
        em.lock(policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    public void removeNow(SelfServePolicy policy) {
        em.remove(policy);
        em.flush();
    }
}
