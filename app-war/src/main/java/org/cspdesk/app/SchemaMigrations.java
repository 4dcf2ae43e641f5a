package org.cspdesk.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings every module's schema up to date while the WAR deploys, before the first request is served.
 * Each module owns one PostgreSQL schema, its migrations under {@code db/migration/<module>} and its own
 * history table in that schema, so modules evolve independently (ADR 0004).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** In dependency order, although no module's schema refers to another's. */
    static final List<String> MODULE_SCHEMAS =
            List.of("platform", "customers", "subscriptions", "permissions", "reservations", "audit");

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        for (String schema : MODULE_SCHEMAS) {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
        }
    }
}
