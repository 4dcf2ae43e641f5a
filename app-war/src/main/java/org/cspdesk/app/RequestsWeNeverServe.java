package org.cspdesk.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * The first filter of the WAR (web.xml): refuses, as a problem, what no part of CSP Desk serves, before a
 * servlet of the container answers it in its own way.
 * <ul>
 * <li>Outside the API ({@code /health}, {@code /openapi}, anything else) the WAR only reads: GET and HEAD,
 * and OPTIONS says so. Any other method is 405. Payara's servlets there would echo a TRACE (the listener lets
 * TRACE through, see {@code payara/preboot.asadmin}), answer PATCH with an HTML 501 or POST like GET. The
 * dashboard's sign-in ({@code /auth}) also takes POST.</li>
 * <li>Inside the API ({@code /v1}) JAX-RS knows every resource's methods: it answers any other method, TRACE
 * and unknown ones included, with 405 and the resource's own {@code Allow}.</li>
 * <li>A GET, HEAD or DELETE has no body: one that carries a body is refused with 400, as Grizzly did before
 * the listener let those bodies through, now in our words.</li>
 * </ul>
 */
public class RequestsWeNeverServe extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The servlet path of the JAX-RS application ({@code @ApplicationPath}). */
    private static final String API = "/v1";
    /** The servlet path of the dashboard's sign-in (platform.security.SignInServlet), which takes POSTs too. */
    private static final String SIGN_IN = "/auth";
    private static final String READS = "GET, HEAD, OPTIONS";
    private static final String SIGN_IN_METHODS = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "DELETE");
    /** Methods whose body Grizzly does not frame: what follows them on the connection cannot be trusted. */
    private static final Set<String> UNFRAMED = Set.of("TRACE", "CONNECT");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (BODILESS.contains(method) && carriesABody(request)) {
            new ServletProblem(400, "body_not_allowed", "Bad request",
                    "A " + method + " request carries no body; send it without one.").send(response);
            return;
        }
        if (UNFRAMED.contains(method)) {
            // Grizzly ignores a TRACE's Content-Length: a body sent with one was read as the next request on the
            // connection. Whoever answers (JAX-RS or the 405 below), the connection ends with the answer.
            response.setHeader("Connection", "close");
        }
        if (!API.equals(request.getServletPath())) {
            // The sign-in's servlet is an HttpServlet too: it would echo a TRACE (the session cookie with it)
            // and answer PUT or PATCH in HTML. It takes POSTs besides the reads, nothing else.
            boolean signIn = SIGN_IN.equals(request.getServletPath());
            String allowed = signIn ? SIGN_IN_METHODS : READS;
            if ("OPTIONS".equals(method)) {
                response.setHeader("Allow", allowed);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            if (!"GET".equals(method) && !"HEAD".equals(method) && !(signIn && "POST".equals(method))) {
                response.setHeader("Allow", allowed);
                new ServletProblem(405, "method_not_allowed", "Method not allowed", signIn
                        ? "The sign-in answers " + SIGN_IN_METHODS + " only."
                        : "This address is read only: " + READS + ".").send(response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesABody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
