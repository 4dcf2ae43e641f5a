package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sender's side of the outbox, each step in a short transaction of its own. A notification is first
 * claimed (leased for a minute, so that another instance or a restart does not send it at the same
 * time), then sent outside any transaction, then its attempt is recorded. A crash between the two leaves
 * it claimed; the lease runs out and it is sent again: at-least-once, and receivers dedupe on its id.
 */
@ApplicationScoped
public class Outbox {
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int GIVE_UP_AFTER = 10;

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cspdesk.webhook.retry.seconds", defaultValue = "5")
    long firstRetrySeconds;

    /** What the sender needs for one delivery. */
    public record Due(UUID id, String url, String payload, String secret) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claimDue(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update reservations.purchase_notification n"
                        + " set next_attempt_at = now() + make_interval(secs => ?1)"
                        + " from reservations.purchase_webhook w"
                        + " where w.id = 1 and w.enabled and n.id in (select id from reservations.purchase_notification"
                        + "   where status = 'pending' and next_attempt_at <= now()"
                        + "   order by next_attempt_at limit ?2 for update skip locked)"
                        + " returning n.id, n.target_url, n.payload, w.secret")
                .setParameter(1, LEASE.toSeconds()).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /** Records one attempt: delivered, or failed and retried later with exponential backoff, or given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID notificationId, Integer httpStatus, String error, Duration took) {
        PurchaseNotification notification = em.find(PurchaseNotification.class, notificationId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(new DeliveryAttempt(notificationId, now, httpStatus, error, (int) took.toMillis()));
        if (error == null) {
            notification.delivered(now);
        } else {
            notification.failed(error, retryAt(notification.attempts() + 1, now).orElse(null));
        }
    }

    /** 5 s, 10 s, 20 s, ... at most an hour apart; after the tenth failed attempt, none. */
    Optional<OffsetDateTime> retryAt(int failedAttempts, OffsetDateTime now) {
        if (failedAttempts >= GIVE_UP_AFTER) {
            return Optional.empty();
        }
        long seconds = Math.min(3600, firstRetrySeconds << Math.min(failedAttempts - 1, 20));
        return Optional.of(now.plusSeconds(seconds));
    }
}
