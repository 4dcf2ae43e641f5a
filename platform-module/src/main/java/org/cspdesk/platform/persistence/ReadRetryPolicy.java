package org.cspdesk.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A read that meets a broken connection is tried again once, at once, and then fails. EclipseLink's
 * default tries a read outside a transaction three more times, sleeping five seconds before each retry
 * after the first: with the database down, every GET hung ten seconds before its 500 (issue 13). The
 * one immediate retry is kept: after a database restart the first read on a connection the database
 * dropped fails, the pool then discards its connections, and the retry gets a new one.
 *
 * <p>Named by every module's {@code persistence.xml} ({@code eclipselink.session.customizer}).
 */
public class ReadRetryPolicy implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
