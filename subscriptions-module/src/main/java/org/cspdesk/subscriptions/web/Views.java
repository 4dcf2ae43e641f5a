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

    public record NewSubscription(@NotBlank @Size(max = 64) String offerId, @Size(max = 200) String friendlyName,
                           @NotNull @Min(1) @Max(10000) Integer quantity) {
    }

    /** Both optional, at least one (checked by the resource). */
    public record SubscriptionPatch(String status,
                                    @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                                    String friendlyName) {
    }

    public record SubscriptionView(String id, String offerId, String offerName, String friendlyName, int quantity,
                            String status, String billingType, OffsetDateTime creationDate, Attributes attributes) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id().toString(), s.offerId(), s.offerName(), s.friendlyName(), s.quantity(),
                    s.status().wire(), s.billingType(), s.createdAt(), Attributes.of("Subscription", s.version()));
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
}
