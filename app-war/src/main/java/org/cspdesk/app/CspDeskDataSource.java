package org.cspdesk.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one JTA datasource every module's persistence unit uses, so that one transaction spans them
 * all. Its coordinates come from MicroProfile Config ({@code CSPDESK_DB_URL}, {@code CSPDESK_DB_USER},
 * {@code CSPDESK_DB_PASSWORD}: environment variables or system properties).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cspdesk",
        className = "org.postgresql.ds.PGSimpleDataSource",
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
