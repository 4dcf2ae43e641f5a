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
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cspdesk",
        className = "org.postgresql.xa.PGXADataSource",
        url = "${MPCONFIG=CSPDESK_DB_URL}",
        user = "${MPCONFIG=CSPDESK_DB_USER}",
        password = "${MPCONFIG=CSPDESK_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "stringType=unspecified",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "ApplicationName=cspdesk"
        })
@ApplicationScoped
public class CspDeskDataSource {
}
