package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.OperatorType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AppliedScopesTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final CatalogItem ITEM = new CatalogItem("DZH318Z0BQ3S:0001", Term.P1Y, "DZH318Z0BQ3S",
            "Reserved VM Instance", "Standard_D2s_v5", "eastus", new Money(new BigDecimal("496.13"), "USD"));
    private static final Actor PARTNER = new Actor("admin@partner.example", OperatorType.PARTNER, null, null, "p");
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID GLOBAL = UUID.randomUUID();
    private static final AppliedScopes.Resolver ACTIVE_AZURE = new AppliedScopes.Resolver(List.of(PLAN, GLOBAL));

    private static Reservation reservation(ReservationScope scope, OffsetDateTime start) {
        return new Reservation(UUID.randomUUID(), UUID.randomUUID(), ITEM, 1, BillingCycle.UPFRONT,
                new Placement(PLAN, scope, null), false, PARTNER, ITEM.listPrice(), NOW.minusDays(1), start);
    }

    @Test
    void aSharedReservationAppliesToEveryActiveAzureSubscription() {
        assertThat(ACTIVE_AZURE.appliedScopes(reservation(ReservationScope.SHARED, NOW.minusDays(1)), NOW))
                .containsExactly(PLAN, GLOBAL);
    }

    @Test
    void aSingleScopeReservationAppliesToItsOwnSubscription() {
        assertThat(ACTIVE_AZURE.appliedScopes(reservation(ReservationScope.SINGLE, NOW.minusDays(1)), NOW))
                .containsExactly(PLAN);
    }

    @Test
    void aRenewalThatHasNotStartedAppliesNowhereYet() {
        Reservation renewal = reservation(ReservationScope.SHARED, NOW.plusMonths(6));
        assertThat(ACTIVE_AZURE.appliedScopes(renewal, NOW)).isEmpty();
        assertThat(ACTIVE_AZURE.appliedScopes(renewal, NOW.plusMonths(6))).containsExactly(PLAN, GLOBAL);
    }
}
