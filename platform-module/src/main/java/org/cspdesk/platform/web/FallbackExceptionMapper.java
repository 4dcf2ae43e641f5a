package org.cspdesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: an unexpected failure is logged with an incident id and answered with a problem
 * that names the id, never with a stack trace. A database that cannot be reached is no incident of
 * ours: 503 with Retry-After ({@link DatabaseUnavailable}).
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        return answer(exception, request);
    }

    /** The answer to any failure no other mapper took (FailedCommitMapper hands its failures here too). */
    static Response answer(Throwable exception, HttpServletRequest request) {
        ApiProblem problem = ApiProblemCause.find(exception);
        if (problem != null) {
            return ProblemResponses.of(problem);
        }
        if (OptimisticLockCause.isPresent(exception)) {
            return ProblemResponses.of(409, "concurrent_change", "Conflict",
                    "Someone else changed this resource at the same moment; read it again and retry.");
        }
        if (DatabaseUnavailable.isCauseOf(exception)) {
            return DatabaseUnavailable.answer(exception, request);
        }
        if (UniqueViolationCause.isPresent(exception)) {
            return ProblemResponses.of(409, "duplicate", "Conflict",
                    "Another request created the same resource at the same moment; read it and retry if needed.");
        }
        return internalError(exception);
    }

    static Response internalError(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return ProblemResponses.of(500, "internal_error", "Internal server error",
                "Something went wrong on our side (incident " + incident + ").");
    }

    /** An ApiProblem wrapped by a transaction or an interceptor is still the client's answer. */
    static final class ApiProblemCause {
        private ApiProblemCause() {
        }

        static ApiProblem find(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiProblem apiProblem) {
                    return apiProblem;
                }
            }
            return null;
        }
    }

    /** Two writers raced on one aggregate: the loser learns it and may retry. */
    static final class OptimisticLockCause {
        private OptimisticLockCause() {
        }

        static boolean isPresent(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.persistence.OptimisticLockException
                        || cause.getClass().getName().endsWith("OptimisticLockException")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Two writers inserted the same unique key at once: the database decided, the loser hears 409. */
    static final class UniqueViolationCause {
        private UniqueViolationCause() {
        }

        static boolean isPresent(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }
    }
}
