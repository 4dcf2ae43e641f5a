package org.cspdesk.subscriptions.internal;

import org.cspdesk.subscriptions.api.PrerequisiteCheck;
import org.cspdesk.subscriptions.api.PrerequisitesReport;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md rule 3, as {@link AzurePurchasePrerequisites} reports it from what the two queries found. */
class PrerequisitesReportTest {
    private static final String RESOURCE = "AzureReservedInstances";

    private static RoleAssignment holding(Subscription subscription, AzureRole role) {
        return new RoleAssignment(subscription, UUID.randomUUID(), "someone@contoso.onmicrosoft.com", role,
                OffsetDateTime.now());
    }

    private static PrerequisiteCheck check(PrerequisitesReport report, String code) {
        return report.checks().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void withoutAzureBothChecksFailAndSayHowToFixThem() {
        PrerequisitesReport report = AzurePurchasePrerequisites.report(RESOURCE, List.of(), List.of());
        assertThat(report.met()).isFalse();
        assertThat(report.resource()).isEqualTo(RESOURCE);
        assertThat(report.failedChecks()).extracting(PrerequisiteCheck::code)
                .containsExactly(PrerequisiteCheck.AZURE_SUBSCRIPTION, PrerequisiteCheck.OWNER_ROLE);
        assertThat(check(report, PrerequisiteCheck.AZURE_SUBSCRIPTION).detail())
                .contains("buy an Azure plan (offer DZH318Z0BPS6:0001)").contains("reactivate a suspended one");
        assertThat(check(report, PrerequisiteCheck.OWNER_ROLE).detail()).contains("assign the Owner role");
    }

    @Test
    void anAzurePlanWithoutAnOwnerFailsOnlyTheOwnerCheck() {
        Subscription plan = SubscriptionTest.azurePlan();
        PrerequisitesReport report = AzurePurchasePrerequisites.report(RESOURCE, List.of(plan.id()),
                List.of());
        assertThat(report.met()).isFalse();
        assertThat(check(report, PrerequisiteCheck.AZURE_SUBSCRIPTION).met()).isTrue();
        assertThat(check(report, PrerequisiteCheck.AZURE_SUBSCRIPTION).subscriptionIds()).containsExactly(plan.id());
        assertThat(report.failedChecks()).extracting(PrerequisiteCheck::code).containsExactly(PrerequisiteCheck.OWNER_ROLE);
    }

    @Test
    void ownerOrReservationPurchaserMeetsTheOwnerCheckForThatSubscriptionOnly() {
        Subscription withOwner = SubscriptionTest.azurePlan();
        Subscription withPurchaser = SubscriptionTest.azurePlan();
        Subscription withReader = SubscriptionTest.azurePlan();
        PrerequisitesReport report = AzurePurchasePrerequisites.report(RESOURCE,
                List.of(withOwner.id(), withPurchaser.id(), withReader.id()),
                List.of(holding(withOwner, AzureRole.OWNER), holding(withPurchaser, AzureRole.RESERVATION_PURCHASER),
                        holding(withReader, AzureRole.READER), holding(withOwner, AzureRole.RESERVATION_PURCHASER)));
        assertThat(report.met()).isTrue();
        assertThat(report.failedChecks()).isEmpty();
        assertThat(check(report, PrerequisiteCheck.OWNER_ROLE).subscriptionIds())
                .containsExactly(withOwner.id(), withPurchaser.id());
    }

    @Test
    void anOwnerOnASubscriptionThatDoesNotCountDoesNotCount() {
        Subscription plan = SubscriptionTest.azurePlan();
        Subscription license = new Subscription(UUID.randomUUID(), Offers.M365_E3, "E3", 5, OffsetDateTime.now());
        PrerequisitesReport report = AzurePurchasePrerequisites.report(RESOURCE, List.of(plan.id()),
                List.of(holding(license, AzureRole.OWNER)));
        assertThat(report.met()).isFalse();
        assertThat(check(report, PrerequisiteCheck.OWNER_ROLE).subscriptionIds()).isEmpty();
    }
}
