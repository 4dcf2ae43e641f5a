package org.cspdesk.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal told to the client as {@code application/problem+json} (RFC 9457). The {@code code} is
 * stable: clients branch on it (it is {@code cspdeskCode} on the wire). What Partner Center calls the same
 * case is looked up in {@link PartnerCenterCodes}, never given here (docs/adr/0014-partner-center-errors.md).
 */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /**
     * The servlet request attribute holding the problem a request is being answered with when the database
     * is unavailable: should a response filter fail afterwards for the same reason, the container's error
     * page (ErrorPageServlet) still answers with this problem instead of a bare 500.
     */
    public static final String DATABASE_UNAVAILABLE_ATTRIBUTE = "org.cspdesk.platform.databaseUnavailable";

    private final int status;
    private final String code;
    private final String title;
    private final Map<String, Object> extensions;
    private final Integer retryAfterSeconds;

    public ApiProblem(int status, String code, String title, String detail, Map<String, Object> extensions) {
        this(status, code, title, detail, extensions, null);
    }

    private ApiProblem(int status, String code, String title, String detail, Map<String, Object> extensions,
                       Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(400, code, "Bad request", detail, null);
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(404, code, "Not found", detail, null);
    }

    /** The one wording of an unknown customer, also what a customer user hears about another's id. */
    public static ApiProblem customerNotFound(java.util.UUID customerId) {
        return notFound("customer_not_found", "No customer with id " + customerId + ".");
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, code, "Conflict", detail, null);
    }

    public static ApiProblem forbidden(String code, String detail) {
        return new ApiProblem(403, code, "Forbidden", detail, null);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "etag_mismatch", "Precondition failed", detail, null);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, "etag_required", "Precondition required", detail, null);
    }

    /** A refusal the client may simply try again later (429, 503, a request still in progress). */
    public static ApiProblem tryAgain(int status, String code, String title, String detail, int retryAfterSeconds) {
        return new ApiProblem(status, code, title, detail, null, Math.max(1, retryAfterSeconds));
    }

    /**
     * PostgreSQL cannot be reached, or no connection came free in time: the same request may simply be
     * sent again in a few seconds (ADR 0009).
     */
    public static ApiProblem databaseUnavailable() {
        return tryAgain(503, "database_unavailable", "Service unavailable",
                "The database cannot be reached, or has no connection free, right now. Retry in a few seconds.", 5);
    }

    /** The same problem with one more member in its body, such as the failed checks. */
    public ApiProblem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ApiProblem(status, code, title, getMessage(), more, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Seconds for the {@code Retry-After} header; null when retrying the same request cannot help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
