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
 * Errors raised outside JAX-RS (the JWT check rejects a token before any resource runs; a path outside
 * {@code /v1}) still reach the client as problem+json, never as the container's HTML page.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<Integer, String[]> PROBLEMS = Map.of(
            401, new String[]{"unauthenticated", "Unauthorized",
                    "Send a valid, unexpired bearer token: Authorization: Bearer <JWT>."},
            403, new String[]{"forbidden_role", "Forbidden", "Your role may not do this."},
            404, new String[]{"not_found", "Not found", "There is no resource at this address."},
            405, new String[]{"method_not_allowed", "Method not allowed", "This resource does not accept that HTTP method."},
            413, new String[]{"body_too_large", "Payload too large", "The request body is larger than 1 MiB."});

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        // A request already answered "database unavailable" whose answer then failed in a response filter
        // for the same reason (the database is still down): Jersey replaces it by a bare 500. It is the
        // outage, and the client may retry as the first answer said.
        if (status == 500 && request.getAttribute(ApiProblem.DATABASE_UNAVAILABLE_ATTRIBUTE) instanceof ApiProblem outage) {
            response.setStatus(outage.status());
            response.setHeader("Retry-After", String.valueOf(outage.retryAfterSeconds()));
            write(response, outage.code(), outage.title(), outage.status(), outage.detail());
            return;
        }
        String[] problem = PROBLEMS.getOrDefault(status, new String[]{"internal_error", "Internal server error",
                "Something went wrong on our side."});
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        write(response, problem[0], problem[1], status, problem[2]);
    }

    /** Our own fixed texts only: nothing in them needs JSON escaping. */
    private static void write(HttpServletResponse response, String code, String title, int status, String detail)
            throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:cspdesk:problem:" + code + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
