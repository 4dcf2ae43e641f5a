package org.cspdesk.app;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cspdesk.platform.api.ApiProblem;

import java.io.IOException;
import java.util.Map;

/**
 * Errors raised outside JAX-RS still reach the client as problem+json, never as the container's HTML page:
 * the JWT check rejects a token before any resource runs, Jersey answers a malformed Content-Type or Accept
 * with a bare 400, Payara's health and OpenAPI servlets refuse a method with 405 or 501. web.xml sends every
 * status here (its default error page); those the container answers before choosing our WAR cannot come here
 * (ADR 0013).
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<Integer, ServletProblem> PROBLEMS = Map.ofEntries(
            problem(400, "bad_request", "Bad request",
                    "The request is malformed: a header (such as Content-Type or Accept) or the address has the wrong form."),
            problem(401, "unauthenticated", "Unauthorized",
                    "Send a valid, unexpired bearer token: Authorization: Bearer <JWT>."),
            problem(403, "forbidden_role", "Forbidden", "Your role may not do this."),
            problem(404, "not_found", "Not found", "There is no resource at this address."),
            problem(405, "method_not_allowed", "Method not allowed", "This resource does not accept that HTTP method."),
            problem(406, "not_acceptable", "Not acceptable",
                    "This resource answers in application/json (errors in application/problem+json)."),
            problem(408, "request_timeout", "Request timeout", "The request did not arrive in time."),
            problem(411, "length_required", "Length required", "Send the body with a Content-Length."),
            problem(413, "body_too_large", "Payload too large", "The request body is larger than 1 MiB."),
            problem(414, "uri_too_long", "URI too long", "The address is too long."),
            problem(415, "unsupported_media_type", "Unsupported media type", "Send the body as application/json."),
            problem(417, "expectation_failed", "Expectation failed", "Only 'Expect: 100-continue' is understood."),
            problem(431, "headers_too_large", "Request header fields too large", "The request's headers are too large."),
            problem(501, "not_implemented", "Not implemented", "The server does not implement this request."),
            problem(503, "service_unavailable", "Service unavailable", "The service is unavailable; retry shortly."),
            problem(505, "http_version_not_supported", "HTTP version not supported", "Use HTTP/1.1."));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, this is no error: the address serves nothing.
        int status = code instanceof Integer i ? i : 404;
        // A request already answered "database unavailable" whose answer then failed in a response filter
        // for the same reason (the database is still down): Jersey replaces it by a bare 500. It is the
        // outage, and the client may retry as the first answer said.
        if (status == 500 && request.getAttribute(ApiProblem.DATABASE_UNAVAILABLE_ATTRIBUTE) instanceof ApiProblem outage) {
            response.setHeader("Retry-After", String.valueOf(outage.retryAfterSeconds()));
            new ServletProblem(outage.status(), outage.code(), outage.title(), outage.detail()).send(response);
            return;
        }
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        problemFor(status).send(response);
    }

    static ServletProblem problemFor(int status) {
        ServletProblem known = PROBLEMS.get(status);
        if (known != null) {
            return known;
        }
        if (status >= 500) {
            return new ServletProblem(status, "internal_error", "Internal server error", "Something went wrong on our side.");
        }
        return new ServletProblem(status, "http_" + status, "Client error", "The request cannot be served as sent.");
    }

    private static Map.Entry<Integer, ServletProblem> problem(int status, String code, String title, String detail) {
        return Map.entry(status, new ServletProblem(status, code, title, detail));
    }
}
