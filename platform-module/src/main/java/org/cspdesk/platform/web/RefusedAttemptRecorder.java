package org.cspdesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.platform.api.AttemptRefused;

/** Fires {@link AttemptRefused} in a new transaction: the refused change itself has rolled back. */
@ApplicationScoped
public class RefusedAttemptRecorder {

    @Inject
    Event<AttemptRefused> refused;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AttemptRefused attempt) {
        refused.fire(attempt);
    }
}
