package org.cspdesk.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cspdesk.platform.api.PartnerIdentity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends records to the hash chain. Appends are serialised by a transaction-scoped advisory lock, so
 * concurrent writers cannot both chain onto the same previous record; the lock is held until the
 * writer's transaction ends, which also makes the chain's order the commit order.
 */
@ApplicationScoped
public class AuditChain {
    /** The advisory lock key of the chain ("audit" in ASCII). */
    private static final long CHAIN_LOCK = 0x6175646974L;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Inject
    PartnerIdentity partner;

    /** Must run inside the change's transaction: the record commits or rolls back with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord append(AuditEntry entry) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        @SuppressWarnings("unchecked")
        var last = em.createNativeQuery("select hash from audit.audit_record order by seq desc limit 1")
                .getResultList();
        AuditRecord record = new AuditRecord(entry, partner.tenantId(), OffsetDateTime.now(ZoneOffset.UTC));
        record.chainAfter(last.isEmpty() ? Hashes.GENESIS : (String) last.get(0));
        em.persist(record);
        em.flush();
        return record;
    }
}
