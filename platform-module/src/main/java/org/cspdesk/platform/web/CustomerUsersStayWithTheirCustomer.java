package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;

/**
 * A customer user naming another customer in the path ({@code /customers/{customerId}/...}) hears 404, as
 * for an id that does not exist, before its body is read or any module is asked. The resources check it
 * again ({@link CurrentRequest#ensureMaySee}); deciding it here first means no body of such a request is
 * ever judged, and no answer depends on what the other customer has.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class CustomerUsersStayWithTheirCustomer implements ContainerRequestFilter {

    @Inject
    CurrentRequest currentRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String named = request.getUriInfo().getPathParameters().getFirst("customerId");
        if (named != null && currentRequest.isCustomerUser()) {
            currentRequest.ensureMaySee(Ids.parse(named, "customerId"));
        }
    }
}
