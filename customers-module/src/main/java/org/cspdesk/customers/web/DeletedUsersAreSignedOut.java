package org.cspdesk.customers.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.customers.internal.Customers;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;

/**
 * A token of a deleted customer user is refused (401 {@code user_deleted}), whatever it asks: in Partner
 * Center a deleted user can no longer sign in, and here the token it holds could otherwise outlive the user
 * until it expires (ADR 0018). One indexed read by UPN, for customer users' requests only; a customer user CSP
 * Desk does not know (tokens name any UPN of the tenant) is not refused here.
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
        customers.findUserByPrincipalName(currentRequest.userPrincipalName())
                .filter(user -> !user.isActive())
                .ifPresent(user -> {
                    throw new ApiProblem(401, "user_deleted", "Unauthorized", "The user "
                            + user.userPrincipalName() + " was deleted; its tokens are no longer accepted.", null);
                });
    }
}
