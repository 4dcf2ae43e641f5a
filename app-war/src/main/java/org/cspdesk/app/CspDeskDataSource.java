package org.cspdesk.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one JTA datasource every module's persistence unit uses, so that one transaction spans them
 * all. Its coordinates come from MicroProfile Config ({@code CSPDESK_DB_URL}, {@code CSPDESK_DB_USER},
 * {@code CSPDESK_DB_PASSWORD}: environment variables or system properties).
 *
 * <p>An XA datasource although there is only one database (ADR 0007): Payara lets every persistence unit
 * in a transaction share one XA connection, whereas a non-XA connection in use is shared only by pinning a
 * second pooled connection per unit until commit, and 16 concurrent orders (five units each) then ran the
 * pool dry and waited forever. With one resource in the transaction, the commit is a plain one-phase
 * COMMIT: no prepared transactions, no two-phase cost.
 *
 * <p>Every wait on the database is bounded, so that an outage is a quick 503 ({@code database_unavailable},
 * FallbackExceptionMapper) and never a request that hangs (ADR 0009):
 * <ul>
 * <li>a connection is waited for at most 2 s when all 32 are in use: a pool that stays full that long is
 *     a database that does not keep up, and the client is better told to come back;</li>
 * <li>a new connection gets 2 s to connect and 3 s to log in (pgjdbc waits 10 s to connect by default);</li>
 * <li>a statement runs at most 15 s in PostgreSQL ({@code statement_timeout}, per protocol message, so the
 *     export's cursor fetches are each bounded, not the whole export): the longest legitimate query, an
 *     activity report over millions of records, takes a few seconds;</li>
 * <li>a connection on which the database says nothing for 20 s is given up ({@code socketTimeout}): a
 *     database that is hung or cut off, not one that is slow; longer than the statement timeout, so that
 *     PostgreSQL cancels a slow statement cleanly before the client drops the connection.</li>
 * </ul>
 * No retries of connection creation: a refused connection is answered at once.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cspdesk",
        className = "org.postgresql.xa.PGXADataSource",
        url = "${MPCONFIG=CSPDESK_DB_URL}",
        user = "${MPCONFIG=CSPDESK_DB_USER}",
        password = "${MPCONFIG=CSPDESK_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {
                "stringType=unspecified",
                "connectTimeout=2",
                "socketTimeout=20",
                "options=-c statement_timeout=15s",
                "fish.payara.max-wait-time-in-millis=2000",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "ApplicationName=cspdesk"
        })
@ApplicationScoped
public class CspDeskDataSource {
}
