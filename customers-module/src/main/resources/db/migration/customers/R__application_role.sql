-- What the application's role (${app_role}, CSPDESK_DB_USER) may do in this schema: only the DML its code
-- issues. Runs as the schema owner after the versioned migrations and whenever it changes; it takes
-- everything back first, so this file is all the role holds here. A new table gets its line here
-- (DatabaseRolesIT fails on a table the role cannot use). See platform/R__application_role.sql.

revoke all on all tables in schema customers from ${app_role};
revoke all on all sequences in schema customers from ${app_role};
grant usage on schema customers to ${app_role};

-- Customers are added and their billing profile updated; users are added, updated and soft-deleted (a state),
-- never removed.
grant select, insert, update on customer, customer_user to ${app_role};
