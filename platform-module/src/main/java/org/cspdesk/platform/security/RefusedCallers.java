package org.cspdesk.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.web.ProblemResponses;

/**
 * A caller the token names but who may do nothing here (a customer's user CSP Desk does not know, a partner
 * user with no CSP Desk role) is a 403 saying so, after the resource is matched, so that the refusal of a
 * change is recorded in the activity log like any other, under the caller who tried.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 10)
public class RefusedCallers implements ContainerRequestFilter {

    @Inject
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (http.getAttribute(BearerTokenMechanism.REFUSAL) instanceof Refusal refusal && refusal.status() == 403) {
            request.abortWith(ProblemResponses.of(403, refusal.code(), "Forbidden", refusal.detail()));
        }
    }
}
