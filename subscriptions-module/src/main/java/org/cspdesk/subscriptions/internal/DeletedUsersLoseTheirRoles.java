package org.cspdesk.subscriptions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cspdesk.customers.api.CustomerUserDeleted;
import org.cspdesk.subscriptions.api.RoleAssignmentRemoved;

/**
 * A deleted customer user keeps no Azure role (ADR 0018): in the delete's own transaction (a synchronous
 * observer) each of its role assignments is taken away and announced like any other removal, so the activity
 * log shows them and a deleted Owner no longer meets the purchase prerequisites or may buy reservations. Azure
 * does the same in effect: a deleted principal's assignments grant nothing ("Identity not found").
 */
@ApplicationScoped
public class DeletedUsersLoseTheirRoles {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Event<RoleAssignmentRemoved> removed;

    void on(@Observes CustomerUserDeleted deleted) {
        for (RoleAssignment assignment : subscriptions.assignmentsOf(deleted.customerId(), deleted.userId())) {
            subscriptions.remove(assignment);
            removed.fire(new RoleAssignmentRemoved(deleted.customerId(), assignment.subscriptionId(), assignment.id(),
                    assignment.userId(), assignment.userPrincipalName(), assignment.role().wire(), deleted.actor(),
                    deleted.at()));
        }
    }
}
