package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.reservations.api.PurchaseWebhookChanged;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner's opt-in webhook for customers' own purchases, and the outbox behind it (docs/architecture.md: what
 * leaves the process goes through an outbox written in the change's transaction, never an after-commit
 * observer, which a crash would lose). {@link NotificationSender} delivers what is written here.
 */
@ApplicationScoped
public class PurchaseNotifications {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<PurchaseWebhookChanged> webhookChanged;

    private final Clock clock = Clock.systemUTC();

    public Optional<PurchaseWebhook> webhook() {
        return Optional.ofNullable(em.find(PurchaseWebhook.class, PurchaseWebhook.THE_ONE));
    }

    /** Registers or changes the webhook. The secret is required the first time, kept when omitted later. */
    @Transactional
    public PurchaseWebhook register(String url, String secret, boolean enabled, Long expectedVersion) {
        requireUsableUrl(url);
        OffsetDateTime now = now();
        Optional<PurchaseWebhook> current = webhook();
        if (current.isPresent() && expectedVersion != null && expectedVersion != current.get().version()) {
            throw ApiProblem.preconditionFailed("The webhook changed since you read it; read it again and retry.");
        }
        String oldUrl = current.map(PurchaseWebhook::url).orElse(null);
        boolean wasEnabled = current.map(PurchaseWebhook::enabled).orElse(false);
        PurchaseWebhook webhook;
        if (current.isEmpty()) {
            if (secret == null) {
                throw ApiProblem.badRequest("secret_required", "A new webhook needs a 'secret' (16 to 256 characters):"
                        + " every delivery is signed with it (HMAC-SHA256).");
            }
            webhook = new PurchaseWebhook(url, secret, enabled, currentRequest.userPrincipalName(), now);
            em.persist(webhook);
        } else {
            webhook = current.get();
            webhook.change(url, secret, enabled, currentRequest.userPrincipalName(), now);
        }
        em.flush();
        webhookChanged.fire(new PurchaseWebhookChanged(oldUrl, wasEnabled, url, enabled, currentRequest.actor(), now));
        return webhook;
    }

    @Transactional
    public void remove() {
        PurchaseWebhook webhook = webhook().orElseThrow(() -> ApiProblem.notFound("webhook_not_found",
                "No purchase webhook is registered."));
        em.remove(webhook);
        em.flush();
        webhookChanged.fire(new PurchaseWebhookChanged(webhook.url(), webhook.enabled(), null, false,
                currentRequest.actor(), now()));
    }

    /** Writes a notification of a customer's own purchase, in its transaction, when the partner asked for them. */
    void enqueue(CustomerOrder order) {
        webhook().filter(PurchaseWebhook::enabled).ifPresent(webhook -> {
            UUID id = UUID.randomUUID();
            OffsetDateTime now = now();
            String payload = JSONB.toJson(new Payload(id.toString(), "reservation.purchased", now, order.id().toString(),
                    order.customerId().toString(), order.userPrincipalName(), order.total().amount(), order.currency(),
                    order.lineItems().size()));
            em.persist(new PurchaseNotification(id, order, webhook.url(), payload, now));
        });
    }

    /** What the receiver gets: enough to act on, nothing it could not ask the API for. */
    public record Payload(String id, String type, OffsetDateTime createdAt, String orderId, String customerId,
                          String purchasedBy, BigDecimal totalPrice, String currency, int lineItems) {
    }

    /** One page of notifications, newest first. */
    public List<PurchaseNotification> page(OffsetDateTime beforeDate, UUID beforeId, int limit) {
        TypedQuery<PurchaseNotification> query = em.createQuery("select n from PurchaseNotification n"
                + (beforeId == null ? "" : " where n.createdAt <= :date and (n.createdAt < :date or n.id < :id)")
                + " order by n.createdAt desc, n.id desc", PurchaseNotification.class);
        if (beforeId != null) {
            query.setParameter("date", beforeDate).setParameter("id", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The delivery attempts of those notifications, in one query, oldest first. */
    public List<DeliveryAttempt> attemptsOf(List<UUID> notificationIds) {
        if (notificationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from DeliveryAttempt a where a.notificationId in :ids"
                        + " order by a.attemptedAt", DeliveryAttempt.class)
                .setParameter("ids", notificationIds).getResultList();
    }

    private static void requireUsableUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return;
            }
        } catch (Exception e) {
            // told below
        }
        throw ApiProblem.badRequest("invalid_url", "'url' must be an absolute http or https URL (got '" + url + "').");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
