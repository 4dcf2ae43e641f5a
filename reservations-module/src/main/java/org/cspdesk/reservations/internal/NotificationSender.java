package org.cspdesk.reservations.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due purchase notifications every two seconds. Each message is signed with the partner's
 * secret: {@code X-CspDesk-Signature: sha256=<hex HMAC-SHA256 of the body>}; {@code X-CspDesk-Delivery}
 * carries the notification id, which stays the same across retries so that the receiver can dedupe.
 * A 2xx answer is a delivery; anything else, or no answer within ten seconds, is retried.
 */
@Singleton
public class NotificationSender {
    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    static final String SIGNATURE_HEADER = "X-CspDesk-Signature";
    static final String DELIVERY_HEADER = "X-CspDesk-Delivery";
    private static final int BATCH = 20;

    @Inject
    Outbox outbox;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliverDue() {
        try {
            for (Outbox.Due due : outbox.claimDue(BATCH)) {
                deliver(due);
            }
        } catch (RuntimeException e) {
            // The schema may not be migrated yet at the first ticks, or the database may be briefly away;
            // the next tick tries again.
            LOG.log(Level.FINE, "Purchase notifications not sent this time", e);
        }
    }

    private void deliver(Outbox.Due due) {
        long start = System.nanoTime();
        Integer status = null;
        String error;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, "sha256=" + sign(due.secret(), due.payload()))
                    .header(DELIVERY_HEADER, due.id().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status / 100 == 2 ? null : "The receiver answered HTTP " + status + ".";
        } catch (java.io.IOException e) {
            error = "No answer: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted while sending (server stopping).";
        } catch (IllegalArgumentException e) {
            error = "Unusable URL: " + e.getMessage();
        }
        outbox.record(due.id(), status, error, Duration.ofNanos(System.nanoTime() - start));
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
