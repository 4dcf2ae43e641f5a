package org.cspdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.RefusedToCustomerUsers;

import java.lang.reflect.Method;

/** The JAX-RS runtime's own refusals (unknown path, wrong method, wrong media type, role) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CurrentRequest currentRequest;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof NotAuthorizedException) {
            return ProblemResponses.of(401, "unauthenticated", "Unauthorized",
                    "Send a valid bearer token: Authorization: Bearer <JWT>.");
        }
        if (exception instanceof ForbiddenException && refusedToCustomerUsers() != null) {
            RefusedToCustomerUsers refusal = refusedToCustomerUsers();
            return ProblemResponses.of(403, refusal.code(), "Forbidden", refusal.detail());
        }
        if (exception instanceof ForbiddenException) {
            return ProblemResponses.of(403, "forbidden_role", "Forbidden",
                    "Your role may not do this; the endpoint's allowed roles are listed in the OpenAPI document at /openapi.");
        }
        if (exception instanceof NotFoundException) {
            return ProblemResponses.of(404, "not_found", "Not found", "There is no resource at this address.");
        }
        if (exception instanceof NotAllowedException) {
            Response problem = ProblemResponses.of(405, "method_not_allowed", "Method not allowed",
                    "This resource does not accept that HTTP method.");
            return Response.fromResponse(problem).allow(exception.getResponse().getAllowedMethods()).build();
        }
        if (exception instanceof NotSupportedException) {
            return ProblemResponses.of(415, "unsupported_media_type", "Unsupported media type",
                    "Send the body as application/json.");
        }
        if (exception instanceof NotAcceptableException) {
            return ProblemResponses.of(406, "not_acceptable", "Not acceptable",
                    "This resource answers in application/json (errors in application/problem+json).");
        }
        if (status >= 500) {
            return FallbackExceptionMapper.internalError(exception);
        }
        // No resource of ours throws a WebApplicationException: what arrives here is the runtime's, and its
        // message is written for developers (a Java type, a parser's complaint), never echoed to the client.
        String detail = status == 400
                ? "The request is malformed: a JSON body is missing, or a parameter or header has the wrong form."
                : "The request cannot be served as sent.";
        String title = exception.getResponse().getStatusInfo().getReasonPhrase();
        return ProblemResponses.of(status, status == 400 ? "bad_request" : "http_" + status,
                title == null ? "Client error" : title, detail);
    }

    /** The method's message for a customer user it refuses, when the caller is one and it has one. */
    private RefusedToCustomerUsers refusedToCustomerUsers() {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        return method == null || !currentRequest.isCustomerUser() ? null
                : method.getAnnotation(RefusedToCustomerUsers.class);
    }
}
