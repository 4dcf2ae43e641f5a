-- What the application's role (${app_role}, CSPDESK_DB_USER) may do in this schema: only the DML its code
-- issues. Runs as the schema owner after the versioned migrations and whenever it changes; it takes
-- everything back first, so this file is all the role holds here. A new table gets its line here
-- (DatabaseRolesIT fails on a table the role cannot use). See platform/R__application_role.sql.

revoke all on all tables in schema permissions from ${app_role};
revoke all on all sequences in schema permissions from ${app_role};
grant usage on schema permissions to ${app_role};

-- The switch creates, extends and deletes a policy; a purchase reads it FOR SHARE, which needs UPDATE too.
grant select, insert, update, delete on self_serve_policy to ${app_role};
