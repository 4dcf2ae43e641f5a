package org.cspdesk.app;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema owner's login, which Flyway migrates with: {@code CSPDESK_DB_MIGRATION_USER} and
 * {@code CSPDESK_DB_MIGRATION_PASSWORD} on the database of {@code CSPDESK_DB_URL}. Plain connections, not
 * pooled: they are used while the WAR deploys, then never again.
 *
 * <p>Without a migration user the WAR does not deploy. Falling back to the application's login would
 * hand the application the owner's rights again, the very thing the role split takes away (ADR 0008).
 * The password may be absent: an operator may authenticate the owner another way (a certificate, trust).
 */
record MigrationLogin(String url, String user, String password) {
    static final String USER_KEY = "CSPDESK_DB_MIGRATION_USER";
    static final String PASSWORD_KEY = "CSPDESK_DB_MIGRATION_PASSWORD";

    static MigrationLogin fromConfig() {
        Config config = ConfigProvider.getConfig();
        String user = config.getOptionalValue(USER_KEY, String.class).orElseThrow(() -> new IllegalStateException(
                USER_KEY + " is not set. CSP Desk migrates its schemas as the role that owns them, and runs as"
                        + " CSPDESK_DB_USER, a role that owns nothing. Set " + USER_KEY + " and " + PASSWORD_KEY
                        + " to the owner's login (README.md, Production database)."));
        return new MigrationLogin(config.getValue("CSPDESK_DB_URL", String.class), user,
                config.getOptionalValue(PASSWORD_KEY, String.class).orElse(null));
    }

    DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setApplicationName("cspdesk-migrations");
        // A database that does not answer fails the deployment in seconds; no socket timeout, though: a
        // migration building an index on a large table may rightly take minutes.
        dataSource.setConnectTimeout(10);
        dataSource.setLoginTimeout(10);
        return dataSource;
    }

    /** The role the owner's login acts as (a login name and its role may differ on managed services). */
    String roleName(DataSource asOwner) {
        try (Connection connection = asOwner.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_user")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect as " + USER_KEY + " (" + user + ") to " + url, e);
        }
    }
}
