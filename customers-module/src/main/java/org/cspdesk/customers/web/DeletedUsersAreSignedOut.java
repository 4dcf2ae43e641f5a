package org.cspdesk.customers.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.UUID;
import org.cspdesk.customers.internal.Customers;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.CurrentRequest;

/**
 * A token of a deleted customer user is refused (401 {@code user_deleted}), whatever it asks: in Partner
 * Center a deleted user can no longer sign in, and here the token it holds could otherwise outlive the user
 * until it expires (ADR 0018). The user is found by the caller's object id when that is one of CSP Desk's users
 * of its tenant (a provider's user is known by its object id, and its UPN at the provider need not be the one CSP
 * Desk holds; CSP Desk's own sign-in tokens carry CSP Desk's id of the user), else by UPN: an indexed read or two,
 * for customer users' requests only. A customer user CSP Desk does not know (development tokens name any UPN of
 * the tenant) is not refused here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 5)
public class DeletedUsersAreSignedOut implements ContainerRequestFilter {

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Customers customers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!currentRequest.isCustomerUser()) {
            return;
        }
        // By its id first: a provider's token may name the user by a UPN CSP Desk does not hold for it (the user
        // was known by its object id), and CSP Desk's own tokens carry CSP Desk's id of the user.
        Optional<Caller> caller = currentRequest.caller();
        caller.map(Caller::objectId).flatMap(DeletedUsersAreSignedOut::userId)
                .flatMap(customers::findUserEvenIfDeleted)
                .filter(user -> user.customerId().toString().equalsIgnoreCase(caller.get().tenantId()))
                .or(() -> customers.findUserByPrincipalName(currentRequest.userPrincipalName()))
                .filter(user -> !user.isActive())
                .ifPresent(user -> {
                    throw new ApiProblem(401, "user_deleted", "Unauthorized", "The user "
                            + user.userPrincipalName() + " was deleted; its tokens are no longer accepted.", null);
                });
    }

    private static Optional<UUID> userId(String objectId) {
        try {
            return Optional.of(UUID.fromString(objectId));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
