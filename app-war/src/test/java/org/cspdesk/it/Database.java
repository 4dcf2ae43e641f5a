package org.cspdesk.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct SQL on the test database, as one of the two roles {@code ./cspdesk test-db} creates (ADR 0008):
 * the owner, for the few tests that must break something on purpose, and the application's role, for the
 * tests of what it may not do.
 */
final class Database {
    /** Owns the database, its schemas and tables; the migrations run as it. */
    static final String OWNER = "cspdesk_owner";
    /** The role the server runs as: owns nothing, holds only the migrations' grants. */
    static final String APPLICATION = "cspdesk";

    private Database() {
    }

    /** Runs the statements as the owner, each committed on its own. */
    static void asOwner(String... statements) {
        execute(OWNER, statements);
    }

    /** Runs the statements as the application's role, each committed on its own. */
    static void asApplication(String... statements) {
        execute(APPLICATION, statements);
    }

    /** The first column of the first row a query answers as the owner, as text; null when it answers no row. */
    static String single(String query) {
        try (Connection connection = connect(OWNER); Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the test database as that role (the test cluster trusts local logins). */
    static Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), role, role);
    }

    private static void execute(String role, String... statements) {
        try (Connection connection = connect(role); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
