package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.OperatorType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationTest {
    private static final OffsetDateTime BOUGHT = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final CatalogItem ITEM = new CatalogItem("DZH318Z0BQ3S:0001", Term.P1Y, "DZH318Z0BQ3S",
            "Reserved VM Instance", "Standard_D2s_v5", "eastus", usd("496.13"));
    private static final Actor OWNER = new Actor("ada@contoso.example", OperatorType.CUSTOMER, null, null, "c");

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }

    private static Reservation bought(int quantity, String unitPrice, OffsetDateTime start) {
        return new Reservation(UUID.randomUUID(), UUID.randomUUID(), ITEM, quantity, BillingCycle.UPFRONT,
                new Placement(UUID.randomUUID(), ReservationScope.SHARED, null), false, OWNER, usd(unitPrice), BOUGHT,
                start);
    }

    @Test
    void aOneYearTermEndsAYearAfterItStarts() {
        assertThat(bought(1, "100.00", BOUGHT).expiryDate()).isEqualTo(BOUGHT.plusYears(1));
    }

    @Test
    void halfWayThroughTheTermHalfTheCommitmentIsLeft() {
        Reservation reservation = bought(2, "100.00", BOUGHT);
        OffsetDateTime halfWay = BOUGHT.plusSeconds(BOUGHT.until(BOUGHT.plusYears(1), java.time.temporal.ChronoUnit.SECONDS) / 2);
        assertThat(reservation.remainingCommitment(halfWay, usd("100.00")).amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void theRefundIsAtTheLowerOfThePurchaseAndTheCurrentPrice() {
        Reservation reservation = bought(1, "100.00", BOUGHT);
        assertThat(reservation.remainingCommitment(BOUGHT, usd("80.00")).amount()).isEqualByComparingTo("80.00");
        assertThat(reservation.remainingCommitment(BOUGHT, usd("120.00")).amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void aRenewalThatHasNotStartedHasAllItsCommitmentLeft() {
        Reservation renewal = bought(1, "100.00", BOUGHT.plusYears(1));
        assertThat(renewal.remainingCommitment(BOUGHT.plusMonths(3), usd("100.00")).amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void anActiveReservationPastItsExpiryHasExpiredAndCannotBeCancelled() {
        Reservation reservation = bought(1, "100.00", BOUGHT);
        OffsetDateTime later = BOUGHT.plusYears(1).plusSeconds(1);
        assertThat(reservation.status(later)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(reservation.remainingCommitment(later, usd("100.00")).amount()).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> reservation.cancel(later)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aReservationIsRenewedOnce() {
        Reservation reservation = bought(1, "100.00", BOUGHT);
        reservation.renewedBy(bought(1, "100.00", BOUGHT.plusYears(1)), BOUGHT.plusDays(1));
        assertThatThrownBy(() -> reservation.requireRenewable(BOUGHT.plusDays(2)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("already_renewed"));
    }

    @Test
    void aReservationStaysOnTheSubscriptionItWasBoughtOn() {
        Reservation reservation = bought(1, "100.00", BOUGHT);
        assertThatThrownBy(() -> reservation.place(new Placement(UUID.randomUUID(), ReservationScope.SINGLE, null), BOUGHT))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("invalid_subscription"));
    }
}
