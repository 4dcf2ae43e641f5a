package org.cspdesk.subscriptions.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

    private static Offer offer(String id, String category, String billingType) throws Exception {
        Offer offer = new Offer();
        for (String[] field : new String[][]{{"id", id}, {"name", id}, {"category", category},
                {"billingType", billingType}, {"unitType", "x"}}) {
            Field f = Offer.class.getDeclaredField(field[0]);
            f.setAccessible(true);
            f.set(offer, field[1]);
        }
        return offer;
    }

    private static Subscription azurePlan() throws Exception {
        return new Subscription(UUID.randomUUID(), offer("DZH318Z0BPS6:0001", Offer.AZURE_PLAN, "usage"), "Prod", 1,
                OffsetDateTime.now());
    }

    @Test
    void anActiveAzurePlanCountsAndASuspendedOneDoesNot() throws Exception {
        Subscription plan = azurePlan();
        assertThat(plan.isActiveAzure()).isTrue();
        plan.changeStatus(SubscriptionStatus.SUSPENDED);
        assertThat(plan.isActiveAzure()).isFalse();
        plan.changeStatus(SubscriptionStatus.ACTIVE);
        assertThat(plan.isActiveAzure()).isTrue();
    }

    @Test
    void aLicenseSubscriptionNeverCountsAsAzure() throws Exception {
        Subscription e3 = new Subscription(UUID.randomUUID(), offer("E3", "license", "license"), "E3", 25, OffsetDateTime.now());
        assertThat(e3.isActiveAzure()).isFalse();
    }

    @Test
    void deletedIsFinal() throws Exception {
        Subscription plan = azurePlan();
        plan.changeStatus(SubscriptionStatus.DELETED);
        assertThatThrownBy(() -> plan.changeStatus(SubscriptionStatus.ACTIVE)).isInstanceOf(ApiProblem.class)
                .extracting(p -> ((ApiProblem) p).code()).isEqualTo("subscription_deleted");
        assertThatThrownBy(() -> plan.rename("Back")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void anAzurePlanHasQuantityOne() {
        assertThatThrownBy(() -> new Subscription(UUID.randomUUID(), offer("DZH318Z0BPS6:0001", Offer.AZURE_PLAN, "usage"),
                "Prod", 3, OffsetDateTime.now())).isInstanceOf(ApiProblem.class);
    }

    @Test
    void ownerAndReservationPurchaserMayBuyReservations() {
        assertThat(AzureRole.OWNER.mayBuyReservations()).isTrue();
        assertThat(AzureRole.RESERVATION_PURCHASER.mayBuyReservations()).isTrue();
        assertThat(AzureRole.CONTRIBUTOR.mayBuyReservations()).isFalse();
        assertThat(AzureRole.READER.mayBuyReservations()).isFalse();
    }
}
