package org.cspdesk.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.web.ProblemResponses;

/**
 * A token nobody can be named from (a bad signature, an untrusted issuer, an expired token) is a 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"} before anything else runs; a 503 when the issuer's
 * keys cannot be fetched now. Not recorded: nobody is known.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class UnacceptedTokens implements ContainerRequestFilter {

    @Inject
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(http.getAttribute(BearerTokenMechanism.REFUSAL) instanceof Refusal refusal) || refusal.status() == 403) {
            return;
        }
        Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.of(refusal.status(), refusal.code(),
                refusal.status() == 401 ? "Unauthorized" : "Service Unavailable", refusal.detail()));
        if (refusal.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else {
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        request.abortWith(answer.build());
    }
}
