-- What the application's role (${app_role}, CSPDESK_DB_USER) may do in this schema: only the DML its code
-- issues. Runs as the schema owner after the versioned migrations and whenever it changes; it takes
-- everything back first, so this file is all the role holds here. A new table gets its line here
-- (DatabaseRolesIT fails on a table the role cannot use). See platform/R__application_role.sql.

revoke all on all tables in schema audit from ${app_role};
revoke all on all sequences in schema audit from ${app_role};
grant usage on schema audit to ${app_role};

-- The activity log is read and appended to, nothing else: no UPDATE, DELETE or TRUNCATE, and, owning
-- nothing, the role cannot disable the append-only trigger or drop the table either. The identity column's
-- sequence needs no grant: PostgreSQL does not check it for an identity column.
grant select, insert on audit_record to ${app_role};

-- The download links' key: inserted once by the first instance that needs it, then only read (V3).
grant select, insert on download_link_key to ${app_role};
