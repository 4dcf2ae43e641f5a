-- What the application's role (${app_role}, CSPDESK_DB_USER) may do in this schema: only the DML its code
-- issues. Runs as the schema owner after the versioned migrations and whenever it changes; it takes
-- everything back first, so this file is all the role holds here. A new table gets its line here
-- (DatabaseRolesIT fails on a table the role cannot use). See platform/R__application_role.sql.

revoke all on all tables in schema subscriptions from ${app_role};
revoke all on all sequences in schema subscriptions from ${app_role};
grant usage on schema subscriptions to ${app_role};

-- Offers are reference data (a migration writes them).
grant select on offer to ${app_role};
-- A subscription is bought, then suspended, reactivated, deleted (a status) or renamed: never removed.
grant select, insert, update on subscription to ${app_role};
-- A role assignment is given and taken away.
grant select, insert, delete on role_assignment to ${app_role};
