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
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings every module's schema up to date while the WAR deploys, before the first request is served.
 * Each module owns one PostgreSQL schema, its migrations under {@code db/migration/<module>} and its own
 * history table in that schema, so modules evolve independently (ADR 0004).
 *
 * <p>Flyway runs as the schema owner ({@link MigrationLogin}), never as the application's role: that role
 * holds only the grants each module's {@code R__application_role.sql} gives it (ADR 0008), which the
 * migrations address through the placeholder {@code ${app_role}}. Deployment fails, with a message saying
 * what to set, when the owner's login is missing or the application's role could act as the owner.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** In dependency order, although no module's schema refers to another's. */
    static final List<String> MODULE_SCHEMAS =
            List.of("platform", "customers", "subscriptions", "permissions", "reservations", "audit");

    /** The application's pool: used once here, to learn which role the grants are for. */
    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrationLogin owner = MigrationLogin.fromConfig();
        DataSource asOwner = owner.dataSource();
        ApplicationRole application = ApplicationRole.of(dataSource);
        application.requireNotTheOwner(owner.roleName(asOwner));
        for (String schema : MODULE_SCHEMAS) {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(asOwner)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .failOnMissingLocations(false)
                    .placeholders(Map.of("app_role", application.quotedName()))
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
        }
    }
}
