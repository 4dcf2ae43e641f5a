package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cspdesk.platform.api.ApiProblem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Inside every transaction of a request that holds an {@code MS-RequestId}, marks the claim "acted" before
 * the change is made, in that same transaction. So the mark commits with the change or not at all: a
 * retry after a crash either finds nothing done (and acts) or finds the change done (and never repeats
 * it); and while the transaction runs, the mark's row lock tells a retry that the first is in progress.
 *
 * <p>Bound to {@code @Transactional} itself, after the transaction interceptor (a higher priority runs
 * later), so that it runs inside the transaction that interceptor began or joined.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ClaimActsWithTheChange {
    private static final Object MARKED = ClaimActsWithTheChange.class;

    @Inject
    BeanManager beans;

    @Inject
    RequestIdClaim claim;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    @Inject
    IdempotencyStore store;

    @AroundInvoke
    Object markThenProceed(InvocationContext invocation) throws Exception {
        if (inRequest() && !(invocation.getTarget() instanceof RefusedAttemptRecorder)
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(MARKED) == null) {
            var held = claim.held();
            if (held.isPresent()) {
                mark(held.get());
                transactions.putResource(MARKED, Boolean.TRUE);
            }
        }
        return invocation.proceed();
    }

    private void mark(RequestIdClaim.Held held) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!store.markActed(connection, held.tenant(), held.requestId(), held.token())) {
                throw ApiProblem.tryAgain(409, "request_in_progress", "Conflict", "MS-RequestId " + held.requestId()
                        + " was taken over by a retry of this request; its answer comes from there.", 1);
            }
        }
    }

    /** Background work (the notification sender) runs transactions outside any request. */
    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
