package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Where each reservation's discount applies right now (docs/rules.md rule 8). Worked out when asked from the
 * customer's active Azure subscriptions, so it is right the moment a subscription is bought, suspended or
 * deleted, with nothing to keep in step. One question to the subscriptions module per customer, however
 * many reservations.
 */
@ApplicationScoped
public class AppliedScopes {

    @Inject
    PurchasePrerequisites prerequisites;

    /** For one customer's reservations: the subscriptions each applies to. */
    public Resolver of(UUID customerId) {
        return new Resolver(prerequisites.activeAzureSubscriptions(customerId));
    }

    /** Answers for one customer, with its active Azure subscriptions read once. */
    public static final class Resolver {
        private final List<UUID> activeAzure;

        Resolver(List<UUID> activeAzure) {
            this.activeAzure = List.copyOf(activeAzure);
        }

        /**
         * Shared: every active Azure subscription; otherwise its own, while active; nothing once it ended, nor
         * before it starts (a renewal waits for the reservation it renews to expire: one discount at a time).
         */
        public List<UUID> appliedScopes(Reservation reservation, OffsetDateTime now) {
            if (reservation.status(now) != ReservationStatus.ACTIVE || now.isBefore(reservation.startDate())) {
                return List.of();
            }
            if (reservation.scope() == ReservationScope.SHARED) {
                return activeAzure;
            }
            return activeAzure.contains(reservation.subscriptionId()) ? List.of(reservation.subscriptionId()) : List.of();
        }
    }
}
