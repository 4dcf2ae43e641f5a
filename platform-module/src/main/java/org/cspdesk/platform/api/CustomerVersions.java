package org.cspdesk.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Each customer's version: a number that every committed change of the customer, its subscriptions, their role
 * assignments or its self-serve policy has moved on, in the change's own transaction (triggers, platform migration
 * V6). A copy of something read from those is current exactly while the version read before it is still the
 * newest, whichever instance made the change (ADR 0022). One key lookup.
 */
@ApplicationScoped
public class CustomerVersions {
    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    /** The customer's version now; 0 for one that has not changed since versions were kept. */
    public long current(UUID customerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select version from platform.customer_version where customer_id = ?")) {
            statement.setObject(1, customerId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the customer's version", e);
        }
    }
}
