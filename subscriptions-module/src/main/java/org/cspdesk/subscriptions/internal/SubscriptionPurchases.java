package org.cspdesk.subscriptions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.customers.api.CustomerUserSummary;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.subscriptions.api.RoleAssigned;
import org.cspdesk.subscriptions.api.RoleAssignmentRemoved;
import org.cspdesk.subscriptions.api.SubscriptionPurchased;
import org.cspdesk.subscriptions.api.SubscriptionUpdated;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Buys and changes subscriptions for customers, and assigns Azure roles on them. Every change is
 * written before its event is fired inside the same transaction.
 */
@ApplicationScoped
public class SubscriptionPurchases {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CustomerDirectory customers;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<SubscriptionPurchased> purchased;

    @Inject
    Event<SubscriptionUpdated> updated;

    @Inject
    Event<RoleAssigned> assigned;

    @Inject
    Event<RoleAssignmentRemoved> removed;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Subscription buy(UUID customerId, String offerId, String friendlyName, int quantity, String billingCycle,
                            String termDuration, Boolean autoRenewEnabled) {
        requireCustomer(customerId);
        Offer offer = subscriptions.offer(offerId).orElseThrow(() -> ApiProblem.badRequest("unknown_offer",
                "No offer with id '" + offerId + "'; GET /v1/offers lists them."));
        Subscription subscription = new Subscription(customerId, offer,
                friendlyName == null || friendlyName.isBlank() ? offer.name() : friendlyName, quantity,
                Commitment.of(offer, billingCycle, termDuration, autoRenewEnabled), now());
        subscriptions.add(subscription);
        purchased.fire(new SubscriptionPurchased(customerId, subscription.id(), offer.id(), offer.name(),
                subscription.friendlyName(), quantity, subscription.status().wire(), offer.billingType(),
                subscription.billingCycle(), subscription.termDuration(), subscription.autoRenewEnabled(),
                subscription.orderId(), currentRequest.actor(), subscription.createdAt()));
        return subscription;
    }

    /**
     * Changes what a PATCH asks for (null: unchanged). A quantity may be sent only as it is: seat counts are not
     * changed here.
     */
    @Transactional
    public Subscription update(UUID customerId, UUID subscriptionId, Long expectedVersion, SubscriptionStatus status,
                               String friendlyName, Boolean autoRenewEnabled, Integer quantity) {
        Subscription subscription = existing(customerId, subscriptionId);
        if (expectedVersion != null && expectedVersion != subscription.version()) {
            throw ApiProblem.preconditionFailed("The subscription changed since you read it; read it again and retry.");
        }
        if (quantity != null && quantity != subscription.quantity()) {
            throw ApiProblem.badRequest("quantity_change_unsupported", "The quantity of a subscription is not changed"
                    + " here: send it as it is (" + subscription.quantity() + ") or leave it out.").with("field", "quantity");
        }
        String oldStatus = subscription.status().wire();
        String oldName = subscription.friendlyName();
        boolean oldRenew = subscription.autoRenewEnabled();
        boolean changed = status != null && subscription.changeStatus(status);
        changed |= friendlyName != null && subscription.rename(friendlyName);
        changed |= autoRenewEnabled != null && subscription.changeAutoRenew(autoRenewEnabled);
        if (changed) {
            // Written now, version checked, so that the event's observers see the change made.
            subscriptions.saveNow();
            updated.fire(new SubscriptionUpdated(customerId, subscriptionId, oldStatus, subscription.status().wire(),
                    oldName, subscription.friendlyName(), oldRenew, subscription.autoRenewEnabled(),
                    currentRequest.actor(), now()));
        }
        return subscription;
    }

    @Transactional
    public RoleAssignment assign(UUID customerId, UUID subscriptionId, UUID userId, AzureRole role) {
        Subscription subscription = existing(customerId, subscriptionId);
        subscription.requireNotDeleted();
        CustomerUserSummary user = customers.findUser(customerId, userId).orElseThrow(() -> ApiProblem.badRequest(
                "unknown_user", "User " + userId + " is not a user of customer " + customerId + "."));
        if (subscriptions.holds(subscriptionId, userId, role)) {
            throw ApiProblem.conflict("role_already_assigned", user.userPrincipalName() + " already holds "
                    + role.wire() + " on this subscription.");
        }
        RoleAssignment assignment = new RoleAssignment(subscription, userId, user.userPrincipalName(), role, now());
        subscriptions.add(assignment);
        assigned.fire(new RoleAssigned(customerId, subscriptionId, assignment.id(), userId, user.userPrincipalName(),
                role.wire(), currentRequest.actor(), now()));
        return assignment;
    }

    @Transactional
    public void unassign(UUID customerId, UUID subscriptionId, UUID assignmentId) {
        existing(customerId, subscriptionId);
        RoleAssignment assignment = subscriptions.assignment(subscriptionId, assignmentId).orElseThrow(() ->
                ApiProblem.notFound("role_assignment_not_found", "No role assignment " + assignmentId + " on this subscription."));
        subscriptions.remove(assignment);
        removed.fire(new RoleAssignmentRemoved(customerId, subscriptionId, assignmentId, assignment.userId(),
                assignment.userPrincipalName(), assignment.role().wire(), currentRequest.actor(), now()));
    }

    public Subscription existing(UUID customerId, UUID subscriptionId) {
        requireCustomer(customerId);
        return subscriptions.find(customerId, subscriptionId).orElseThrow(() -> ApiProblem.notFound(
                "subscription_not_found", "Customer " + customerId + " has no subscription " + subscriptionId + "."));
    }

    public void requireCustomer(UUID customerId) {
        customers.require(customerId);
    }

    /** Microseconds, as PostgreSQL keeps them: what a POST answers is what a later GET reads. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
