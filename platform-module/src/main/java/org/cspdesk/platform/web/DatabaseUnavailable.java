package org.cspdesk.platform.web;

import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.cspdesk.platform.api.ApiProblem;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * PostgreSQL cannot be reached, or the pool hands out no connection in time: the answer is 503
 * {@code database_unavailable} with {@code Retry-After}, so that clients and load balancers come back
 * later instead of reporting a bug (issue 13, ADR 0009). Found in the cause chain wherever the failure
 * surfaced: EclipseLink's DatabaseException, a failed commit or rollback, Payara's pool, or the
 * IllegalStateException of a class that uses the datasource directly (ContinuationTokens,
 * IdempotencyStore). Whatever the interrupted transaction wrote, PostgreSQL rolls back.
 */
final class DatabaseUnavailable {
    /** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    /** One line per 10 s at most: an outage is one incident, not one per request. */
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final AtomicLong LAST_LOGGED = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private DatabaseUnavailable() {
    }

    static boolean isCauseOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // SQLState class 08: connection refused (08001), closed (08003), broken or timed out (08006).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
            // Payara's pool: "In-use connections equal max-pool-size and expired max-wait-time", or a
            // connection it could not create. It carries no SQLState of its own.
            if (cause instanceof ResourceAllocationException) {
                return true;
            }
        }
        return false;
    }

    /** The answer, remembered on the request for the error page (see ApiProblem.DATABASE_UNAVAILABLE_ATTRIBUTE). */
    static Response answer(Throwable exception, HttpServletRequest request) {
        long now = System.nanoTime();
        long last = LAST_LOGGED.get();
        if (now - last >= LOG_EVERY_NANOS && LAST_LOGGED.compareAndSet(last, now)) {
            LOG.warning(() -> "The database is unavailable, answering 503 database_unavailable (said at most every"
                    + " 10 s): " + deepestCause(exception));
        }
        ApiProblem problem = ApiProblem.databaseUnavailable();
        request.setAttribute(ApiProblem.DATABASE_UNAVAILABLE_ATTRIBUTE, problem);
        return ProblemResponses.of(problem);
    }

    private static String deepestCause(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
