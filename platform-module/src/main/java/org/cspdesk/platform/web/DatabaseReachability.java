package org.cspdesk.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Whether PostgreSQL answers right now: asked only when a failure does not say why it happened. */
@ApplicationScoped
public class DatabaseReachability {
    private static final int TIMEOUT_SECONDS = 1;

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
