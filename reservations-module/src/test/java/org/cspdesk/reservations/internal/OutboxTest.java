package org.cspdesk.reservations.internal;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Outbox outbox() {
        Outbox outbox = new Outbox();
        outbox.firstRetrySeconds = 5;
        return outbox;
    }

    @Test
    void failedDeliveriesAreRetriedWithExponentialBackoffAtMostAnHourApart() {
        assertThat(outbox().retryAt(1, NOW)).contains(NOW.plusSeconds(5));
        assertThat(outbox().retryAt(2, NOW)).contains(NOW.plusSeconds(10));
        assertThat(outbox().retryAt(3, NOW)).contains(NOW.plusSeconds(20));
        assertThat(outbox().retryAt(9, NOW)).contains(NOW.plusSeconds(1280));
    }

    @Test
    void afterTheTenthFailedAttemptTheNotificationIsGivenUp() {
        assertThat(outbox().retryAt(10, NOW)).isEmpty();
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2.
        assertThat(NotificationSender.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
