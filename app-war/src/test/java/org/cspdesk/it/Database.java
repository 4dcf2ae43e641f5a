package org.cspdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL on the test database, for the few tests that must break something on purpose. */
final class Database {
    private Database() {
    }

    static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"), "cspdesk", "cspdesk");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
