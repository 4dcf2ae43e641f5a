package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's database role cannot rewrite the activity log (issue 13, ADR 0008): it owns nothing
 * and holds only the DML its code issues, on the log only SELECT and INSERT. These tests connect as that
 * role to the suite's database; the rest of the suite, served by a server logged in as it, shows that
 * what it holds is enough.
 */
class DatabaseRolesIT extends IntegrationTest {
    private static final List<String> MODULE_SCHEMAS =
            List.of("platform", "customers", "subscriptions", "permissions", "reservations", "audit");
    /** PostgreSQL's "insufficient_privilege", also its answer to "must be owner". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theApplicationRoleCannotDisableTheLogsTrigger() {
        Fixtures.newCustomer("Trigger Keeper"); // the log is not empty
        assertRefused("alter table audit.audit_record disable trigger audit_record_append_only");
        assertRefused("alter table audit.audit_record disable trigger all");
        assertRefused("drop trigger audit_record_append_only on audit.audit_record");
        assertRefused("create or replace function audit.refuse_audit_change() returns trigger language plpgsql"
                + " as $$ begin return new; end $$");
        assertRefused("set session_replication_role = replica"); // which would skip every trigger
    }

    @Test
    void theApplicationRoleCannotUpdateDeleteOrTruncateTheLog() {
        Fixtures.newCustomer("Untouchable");
        assertRefused("update audit.audit_record set user_principal_name = 'someone-else@evil.example'");
        assertRefused("delete from audit.audit_record");
        assertRefused("truncate audit.audit_record");
    }

    @Test
    void theApplicationRoleCannotDropTheLog() {
        assertRefused("drop table audit.audit_record");
        assertRefused("alter table audit.audit_record rename to audit_record_gone");
        assertRefused("drop schema audit cascade");
    }

    @Test
    void theApplicationRoleOwnsNothing() throws SQLException {
        assertThat(rows("""
                select 'database ' || datname from pg_database where pg_has_role(:role, datdba, 'MEMBER')
                union all select 'schema ' || nspname from pg_namespace where pg_has_role(:role, nspowner, 'MEMBER')
                union all select 'relation ' || c.oid::regclass from pg_class c where pg_has_role(:role, c.relowner, 'MEMBER')
                union all select 'function ' || p.oid::regprocedure from pg_proc p where pg_has_role(:role, p.proowner, 'MEMBER')
                union all select 'type ' || t.oid::regtype from pg_type t where pg_has_role(:role, t.typowner, 'MEMBER')
                union all select 'extension ' || extname from pg_extension where pg_has_role(:role, extowner, 'MEMBER')
                """)).isEmpty();
        assertThat(rows("select 'superuser' from pg_roles where rolname = :role and rolsuper"
                + " union all select 'createdb' from pg_roles where rolname = :role and rolcreatedb"
                + " union all select 'createrole' from pg_roles where rolname = :role and rolcreaterole"
                + " union all select 'bypassrls' from pg_roles where rolname = :role and rolbypassrls"
                + " union all select 'member of ' || b.rolname from pg_auth_members m join pg_roles r on r.oid = m.member"
                + "   join pg_roles b on b.oid = m.roleid where r.rolname = :role")).isEmpty();
    }

    @Test
    void theApplicationRoleCannotCreateTables() {
        for (String schema : MODULE_SCHEMAS) {
            assertRefused("create table " + schema + ".planted (x int)");
        }
        assertRefused("create table public.planted (x int)");
        assertRefused("create temporary table planted (x int)");
        assertRefused("create schema planted");
    }

    @Test
    void theApplicationRoleMayOnlyReadAndAppendToTheLog() throws SQLException {
        Map<String, List<String>> held = new LinkedHashMap<>();
        for (String[] row : privileges("audit")) {
            held.computeIfAbsent(row[0], name -> new ArrayList<>()).add(row[1]);
        }
        // The download links' key is written once and read (ADR 0020): the same two privileges, no more.
        assertThat(held).containsOnly(Map.entry("audit.audit_record", List.of("SELECT", "INSERT")),
                Map.entry("audit.download_link_key", List.of("SELECT", "INSERT")));
        assertThat(rows("select p from unnest(array['USAGE', 'CREATE']) p where has_schema_privilege(:role, 'audit', p)"))
                .containsExactly("USAGE");
    }

    /** The test a newcomer meets after adding a table without its line in the module's R__application_role.sql. */
    @Test
    void everyTableIsOpenToTheApplicationRoleForItsDmlOnly() throws SQLException {
        List<String> tables = rows("select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = any(:schemas) and c.relkind in ('r', 'p', 'v', 'm', 'f')"
                + " and c.relname <> 'flyway_schema_history' order by 1");
        List<String> usable = new ArrayList<>();
        List<String> beyondDml = new ArrayList<>();
        for (String schema : MODULE_SCHEMAS) {
            for (String[] row : privileges(schema)) {
                if (List.of("SELECT", "INSERT", "UPDATE", "DELETE").contains(row[1])) {
                    usable.add(row[0]);
                } else {
                    beyondDml.add(row[0] + " " + row[1]);
                }
            }
        }
        assertThat(tables).isNotEmpty().allSatisfy(table -> assertThat(usable)
                .as("the application's role holds no privilege on " + table + ": grant what its code needs in the"
                        + " module's R__application_role.sql").contains(table));
        assertThat(beyondDml).isEmpty();
        assertThat(rows("select n.nspname from pg_namespace n where n.nspname = any(:schemas)"
                + " and not has_schema_privilege(:role, n.oid, 'USAGE')")).isEmpty();
    }

    @Test
    void theApplicationRoleCannotReadOrRewriteTheMigrationHistory() throws SQLException {
        assertThat(rows("select c.oid::regclass::text from pg_class c where c.relname = 'flyway_schema_history'"
                + " and has_table_privilege(:role, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')"))
                .isEmpty();
        assertRefused("delete from audit.flyway_schema_history");
    }

    /** Every privilege the application's role holds on a table or sequence of the schema: {name, privilege}. */
    private static List<String[]> privileges(String schema) throws SQLException {
        List<String[]> found = new ArrayList<>();
        for (String row : rows("""
                select c.oid::regclass || ' ' || p from pg_class c join pg_namespace n on n.oid = c.relnamespace,
                  unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                where n.nspname = :schema and c.relkind in ('r', 'p', 'v', 'm', 'f')
                  and (case when p in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
                            then has_any_column_privilege(:role, c.oid, p) else has_table_privilege(:role, c.oid, p) end)
                union all
                select c.oid::regclass || ' ' || p from pg_class c join pg_namespace n on n.oid = c.relnamespace,
                  unnest(array['USAGE', 'SELECT', 'UPDATE']) p
                where n.nspname = :schema and c.relkind = 'S' and has_sequence_privilege(:role, c.oid, p)
                """, schema)) {
            found.add(row.split(" "));
        }
        return found;
    }

    /**
     * The first column of each row of a catalog query, read as the owner. In the SQL, {@code :role} is the
     * application's role, {@code :schemas} the module schemas, {@code :schema} the argument.
     */
    private static List<String> rows(String sql, String... schema) throws SQLException {
        String query = sql.replace(":role", literal(Database.APPLICATION))
                .replace(":schemas", "array[" + String.join(", ", MODULE_SCHEMAS.stream().map(DatabaseRolesIT::literal)
                        .toList()) + "]")
                .replace(":schema", schema.length == 0 ? "null" : literal(schema[0]));
        try (Connection connection = Database.connect(Database.OWNER);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    /** Our own constants only: never text from outside. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void assertRefused(String sql) {
        assertThatThrownBy(() -> Database.asApplication(sql))
                .as(sql)
                .hasCauseInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState())
                        .as("SQLState of " + sql + ": " + e.getCause().getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
