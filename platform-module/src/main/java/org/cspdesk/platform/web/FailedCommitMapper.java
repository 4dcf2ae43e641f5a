package org.cspdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;

/**
 * A commit that failed ({@code @Transactional} reports it as a TransactionalException) is answered by its
 * cause, like any other failure (FallbackExceptionMapper): a database gone at commit is a 503, anything
 * else an incident. Without this mapper, Jersey's own one for this type (jersey-cdi1x-transaction) looks
 * for a mapper other than itself, finds none, and rethrows: a bare 500.
 *
 * <p>When the one-phase commit itself fails, the transaction manager keeps no cause (a SystemException
 * saying "JTS5031 ... completed: Maybe"): the database is then asked whether it answers. If it does not,
 * the failure is the outage and the answer is 503; if it does, an incident for operators.
 */
@Provider
public class FailedCommitMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpServletRequest request;

    @Inject
    DatabaseReachability database;

    @Override
    public Response toResponse(TransactionalException exception) {
        if (!DatabaseUnavailable.isCauseOf(exception) && !hasSqlCause(exception) && !database.answers()) {
            return DatabaseUnavailable.answer(exception, request);
        }
        return FallbackExceptionMapper.answer(exception, request);
    }

    private static boolean hasSqlCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
