package org.cspdesk.app;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The role the application's pool logs in as ({@code CSPDESK_DB_USER}): the grantee of every module's
 * {@code R__application_role.sql}. Learnt from the database ({@code current_user}), not from
 * configuration, so the grants go to the role that will actually use them.
 */
final class ApplicationRole {
    private final DataSource dataSource;
    private final String name;

    private ApplicationRole(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    static ApplicationRole of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select current_user");
             ResultSet row = select.executeQuery()) {
            row.next();
            return new ApplicationRole(dataSource, row.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect as CSPDESK_DB_USER", e);
        }
    }

    /** The name as an SQL identifier, for the migrations' {@code ${app_role}}. */
    String quotedName() {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Refuses to go on when the application's role could alter what it may only append to: when it is the
     * owner, may act as the owner (a member of it, or a superuser), or still owns something in the
     * database (a database from before the two roles: ownership must move to the owner first).
     */
    void requireNotTheOwner(String owner) {
        if (name.equals(owner)) {
            throw new IllegalStateException("CSPDESK_DB_USER and CSPDESK_DB_MIGRATION_USER are both " + name
                    + ": the application must run as a role that owns nothing (README.md, Production database).");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement check = connection.prepareStatement("select pg_has_role(current_user, ?, 'MEMBER'),"
                     + " (select count(*) from pg_shdepend d, pg_database db"
                     + "   where db.datname = current_database() and d.deptype = 'o'"
                     + "   and d.refobjid = (select oid from pg_roles where rolname = current_user)"
                     + "   and (d.dbid = db.oid or (d.classid = 'pg_database'::regclass and d.objid = db.oid)))")) {
            check.setString(1, owner);
            try (ResultSet row = check.executeQuery()) {
                row.next();
                if (row.getBoolean(1)) {
                    throw new IllegalStateException("CSPDESK_DB_USER (" + name + ") is a superuser or a member of the"
                            + " schema owner " + owner + ": it could rewrite the activity log. Use a role that is"
                            + " neither (README.md, Production database).");
                }
                if (row.getLong(2) > 0) {
                    throw new IllegalStateException("CSPDESK_DB_USER (" + name + ") owns " + row.getLong(2)
                            + " object(s) of this database (the database itself, schemas or tables). Give them to the"
                            + " schema owner once, connected to this database as a superuser: REASSIGN OWNED BY "
                            + name + " TO " + owner + ";");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the privileges of CSPDESK_DB_USER", e);
        }
    }
}
