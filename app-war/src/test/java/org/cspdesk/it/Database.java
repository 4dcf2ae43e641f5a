package org.cspdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL on the test database, for the few tests that must break something on purpose. */
final class Database {
    private Database() {
    }

    /** The first column of the first row a query answers, as text; null when it answers no row. */
    static String single(String query) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"), "cspdesk", "cspdesk");
             Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
