package org.cspdesk.subscriptions.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle of a subscription, as its class comment tells it. */
class SubscriptionTest {

    static Subscription azurePlan() {
        return new Subscription(UUID.randomUUID(), Offers.AZURE_PLAN, "Prod", 1, OffsetDateTime.now());
    }

    private static String codeOf(Throwable problem) {
        return ((ApiProblem) problem).code();
    }

    @Test
    void aSubscriptionIsBoughtActive() {
        Subscription plan = azurePlan();
        assertThat(plan.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(plan.billingType()).isEqualTo("usage");
        assertThat(plan.offerName()).isEqualTo("Azure plan");
    }

    @Test
    void anActiveAzurePlanCountsAndASuspendedOneDoesNot() {
        Subscription plan = azurePlan();
        assertThat(plan.isActiveAzure()).isTrue();
        assertThat(plan.changeStatus(SubscriptionStatus.SUSPENDED)).isTrue();
        assertThat(plan.isActiveAzure()).isFalse();
        assertThat(plan.changeStatus(SubscriptionStatus.ACTIVE)).isTrue();
        assertThat(plan.isActiveAzure()).isTrue();
    }

    @Test
    void azureGlobalCountsLikeAnAzurePlan() {
        assertThat(new Subscription(UUID.randomUUID(), Offers.AZURE_GLOBAL, "Legacy", 1, OffsetDateTime.now())
                .isActiveAzure()).isTrue();
    }

    @Test
    void aLicenseSubscriptionNeverCountsAsAzure() {
        Subscription e3 = new Subscription(UUID.randomUUID(), Offers.M365_E3, "E3", 25, OffsetDateTime.now());
        assertThat(e3.isActiveAzure()).isFalse();
        assertThat(e3.quantity()).isEqualTo(25);
    }

    @Test
    void aDeletedAzurePlanDoesNotCount() {
        Subscription plan = azurePlan();
        plan.changeStatus(SubscriptionStatus.DELETED);
        assertThat(plan.isActiveAzure()).isFalse();
    }

    @Test
    void deletedIsFinal() {
        Subscription plan = azurePlan();
        plan.changeStatus(SubscriptionStatus.DELETED);
        for (SubscriptionStatus next : SubscriptionStatus.values()) {
            assertThatThrownBy(() -> plan.changeStatus(next)).isInstanceOf(ApiProblem.class)
                    .extracting(SubscriptionTest::codeOf).isEqualTo("subscription_deleted");
        }
        assertThatThrownBy(() -> plan.rename("Back")).extracting(SubscriptionTest::codeOf).isEqualTo("subscription_deleted");
        assertThatThrownBy(plan::requireNotDeleted).extracting(SubscriptionTest::codeOf).isEqualTo("subscription_deleted");
        assertThat(plan.status()).isEqualTo(SubscriptionStatus.DELETED);
        assertThat(plan.friendlyName()).isEqualTo("Prod");
    }

    @Test
    void pendingAndExpiredAreNeverSetThroughTheApi() {
        Subscription plan = azurePlan();
        for (SubscriptionStatus next : new SubscriptionStatus[]{SubscriptionStatus.PENDING, SubscriptionStatus.EXPIRED}) {
            assertThatThrownBy(() -> plan.changeStatus(next)).extracting(SubscriptionTest::codeOf).isEqualTo("invalid_value");
        }
        assertThat(plan.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void settingTheSameStatusOrNameIsNoChange() {
        Subscription plan = azurePlan();
        assertThat(plan.changeStatus(SubscriptionStatus.ACTIVE)).isFalse();
        assertThat(plan.rename("Prod")).isFalse();
        assertThat(plan.rename("Production")).isTrue();
        assertThat(plan.friendlyName()).isEqualTo("Production");
    }

    @Test
    void anAzurePlanHasQuantityOne() {
        assertThatThrownBy(() -> new Subscription(UUID.randomUUID(), Offers.AZURE_PLAN, "Prod", 3, OffsetDateTime.now()))
                .isInstanceOf(ApiProblem.class).extracting(SubscriptionTest::codeOf).isEqualTo("invalid_quantity");
        assertThatThrownBy(() -> new Subscription(UUID.randomUUID(), Offers.AZURE_GLOBAL, "Legacy", 2, OffsetDateTime.now()))
                .extracting(SubscriptionTest::codeOf).isEqualTo("invalid_quantity");
    }

    @Test
    void ownerAndReservationPurchaserMayBuyReservations() {
        assertThat(AzureRole.OWNER.mayBuyReservations()).isTrue();
        assertThat(AzureRole.RESERVATION_PURCHASER.mayBuyReservations()).isTrue();
        assertThat(AzureRole.CONTRIBUTOR.mayBuyReservations()).isFalse();
        assertThat(AzureRole.READER.mayBuyReservations()).isFalse();
    }
}
