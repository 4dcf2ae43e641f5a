package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementTest {
    private static final UUID SUBSCRIPTION = UUID.randomUUID();

    @Test
    void aResourceGroupScopeNeedsAValidResourceGroupName() {
        assertThatCode(() -> new Placement(SUBSCRIPTION, ReservationScope.RESOURCE_GROUP, "rg-web_prod(1).eu"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new Placement(SUBSCRIPTION, ReservationScope.RESOURCE_GROUP, null))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> new Placement(SUBSCRIPTION, ReservationScope.RESOURCE_GROUP, "ends-with-dot."))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> new Placement(SUBSCRIPTION, ReservationScope.RESOURCE_GROUP, "has space"))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> new Placement(SUBSCRIPTION, ReservationScope.RESOURCE_GROUP, "x".repeat(91)))
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void onlyAResourceGroupScopeNamesAResourceGroup() {
        assertThatThrownBy(() -> new Placement(SUBSCRIPTION, ReservationScope.SHARED, "rg"))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> new Placement(SUBSCRIPTION, ReservationScope.SINGLE, "rg"))
                .isInstanceOf(ApiProblem.class);
    }
}
