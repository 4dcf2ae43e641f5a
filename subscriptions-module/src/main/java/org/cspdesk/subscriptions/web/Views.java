package org.cspdesk.subscriptions.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.subscriptions.internal.Offer;
import org.cspdesk.subscriptions.internal.RoleAssignment;
import org.cspdesk.subscriptions.internal.Subscription;

import java.time.OffsetDateTime;

/** The JSON shapes of the subscriptions API, in and out. */
public final class Views {
    private Views() {
    }

    public record OfferView(String id, String name, String billingType, String category, String unitType, Attributes attributes) {
        static OfferView of(Offer offer) {
            return new OfferView(offer.id(), offer.name(), offer.billingType(), offer.category(), offer.unitType(),
                    Attributes.of("Offer"));
        }
    }

    /**
     * Our purchase body (Partner Center buys through orders and carts). The term members are Partner Center's
     * names and values; left out, they take Partner Center's defaults for the offer ({@code Commitment}).
     */
    public record NewSubscription(@NotBlank @Size(max = 64) String offerId, @Size(max = 200) String friendlyName,
                                  @NotNull @Min(1) @Max(10000) Integer quantity, String billingCycle,
                                  String termDuration, Boolean autoRenewEnabled) {
    }

    /**
     * Partner Center's {@code Subscription} as its SDKs PATCH it back whole: {@code status}, {@code friendlyName}
     * and {@code autoRenewEnabled} change it (at least one is sent; checked by the resource), {@code quantity} may
     * only be sent as it is, {@code attributes.etag} is checked like {@code If-Match}; the other members are
     * read-only and ignored, as Partner Center ignores them. {@code billingCycle} and {@code termDuration} are the
     * .NET SDK's (the Java SDK 1.15.3 has neither).
     */
    public record SubscriptionPatch(String status,
                                    @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                                    String friendlyName,
                                    Boolean autoRenewEnabled,
                                    Integer quantity,
                                    String id, String offerId, String offerName, String unitType,
                                    String parentSubscriptionId, String creationDate, String effectiveStartDate,
                                    String commitmentEndDate, String billingType, String billingCycle,
                                    String termDuration, String partnerId, String contractType, String orderId,
                                    java.util.List<String> suspensionReasons,
                                    org.cspdesk.platform.api.EchoedLinks links, Attributes attributes) {
    }

    /**
     * Partner Center's {@code Subscription}, the members it answers for both kinds of offer (absent ones left
     * out: {@code termDuration} for a usage-based offer). {@code effectiveStartDate} and {@code commitmentEndDate}
     * are written without fractions of a second, as Partner Center writes them: the Java SDK parses both with
     * Joda's {@code dateTimeNoMillis}, which refuses anything else.
     */
    public record SubscriptionView(String id, String offerId, String offerName, String friendlyName, int quantity,
                                   String unitType, OffsetDateTime creationDate, String effectiveStartDate,
                                   String commitmentEndDate, String status, boolean autoRenewEnabled,
                                   String billingType, String billingCycle, String termDuration,
                                   String contractType, String orderId, Attributes attributes) {
        private static final java.time.format.DateTimeFormatter PARTNER_CENTER_DATE =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id().toString(), s.offerId(), s.offerName(), s.friendlyName(), s.quantity(),
                    s.unitType(), s.createdAt(), PARTNER_CENTER_DATE.format(s.effectiveStartDate()),
                    PARTNER_CENTER_DATE.format(s.commitmentEndDate(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                            .atStartOfDay()),
                    s.status().wire(), s.autoRenewEnabled(), s.billingType(), s.billingCycle(), s.termDuration(),
                    "subscription", s.orderId().toString(), Attributes.of("Subscription", s.version()));
        }
    }

    public record NewRoleAssignment(@NotBlank String userId, @NotBlank String role) {
    }

    public record RoleAssignmentView(String id, String userId, String userPrincipalName, String role, Attributes attributes) {
        static RoleAssignmentView of(RoleAssignment a) {
            return new RoleAssignmentView(a.id().toString(), a.userId().toString(), a.userPrincipalName(),
                    a.role().wire(), Attributes.of("RoleAssignment"));
        }
    }

    /** A role assignment in the customer-wide list, which names its subscription. */
    public record CustomerRoleAssignmentView(String id, String subscriptionId, String userId, String userPrincipalName,
                                             String role, Attributes attributes) {
        static CustomerRoleAssignmentView of(RoleAssignment a) {
            return new CustomerRoleAssignmentView(a.id().toString(), a.subscriptionId().toString(), a.userId().toString(),
                    a.userPrincipalName(), a.role().wire(), Attributes.of("RoleAssignment"));
        }
    }
}
