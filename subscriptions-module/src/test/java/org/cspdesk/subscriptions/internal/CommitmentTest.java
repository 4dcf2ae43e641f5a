package org.cspdesk.subscriptions.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Partner Center's billing terms of a subscription, as {@link Commitment} tells them. */
class CommitmentTest {
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void anAzurePlanIsMonthlyWithoutATermAndNeverEnds() {
        Commitment azure = Commitment.of(Offers.AZURE_PLAN, null, null, null);
        assertThat(azure).isEqualTo(new Commitment("monthly", null, false));
        assertThat(azure.endDate(JAN_31, LocalDate.of(2030, 5, 1))).isEqualTo(Commitment.NO_END);
    }

    @Test
    void aLicenceDefaultsToAMonthlyTermThatRenews() {
        assertThat(Commitment.of(Offers.M365_E3, null, null, null)).isEqualTo(new Commitment("monthly", "P1M", true));
    }

    @Test
    void aRenewingTermEndsOnTheLastDayOfTheTermInForce() {
        Commitment monthly = new Commitment("monthly", "P1M", true);
        assertThat(monthly.endDate(JAN_31, JAN_31)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(monthly.endDate(JAN_31, LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(monthly.endDate(JAN_31, LocalDate.of(2026, 4, 15))).isEqualTo(LocalDate.of(2026, 4, 29));
    }

    @Test
    void aTermThatDoesNotRenewKeepsItsEnd() {
        Commitment yearly = new Commitment("annual", "P1Y", false);
        assertThat(yearly.endDate(JAN_31, LocalDate.of(2029, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 30));
    }

    @Test
    void aTermTheOfferDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> Commitment.of(Offers.AZURE_PLAN, null, "P1Y", null)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Commitment.of(Offers.AZURE_PLAN, null, null, true)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Commitment.of(Offers.M365_E3, "annual", "P1M", null)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Commitment.of(Offers.M365_E3, "weekly", "P1Y", null)).isInstanceOf(ApiProblem.class);
    }
}
