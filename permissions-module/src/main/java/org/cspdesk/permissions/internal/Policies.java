package org.cspdesk.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
