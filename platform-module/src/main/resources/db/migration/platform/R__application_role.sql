-- What the application's database role may do: ${app_role} is the role the server logs in as
-- (CSPDESK_DB_USER); this file runs as the schema owner (CSPDESK_DB_MIGRATION_USER), after the versioned
-- migrations and again whenever it changes. It takes everything back first, so what it grants is all
-- the role holds. A new table gets its line here, with only the DML its code issues: DatabaseRolesIT
-- fails on a table the role cannot use. Why two roles: docs/adr/0008-two-database-roles.md.

-- The database (the platform is migrated first): connect, and create nothing, not even temporary tables
-- (by default every role may create those). CONNECT stays open to PUBLIC as PostgreSQL grants it: another
-- role that connects sees no schema of ours without USAGE.
revoke temporary on database "${flyway:database}" from public;
grant connect on database "${flyway:database}" to ${app_role};

revoke all on all tables in schema platform from ${app_role};
revoke all on all sequences in schema platform from ${app_role};
grant usage on schema platform to ${app_role};

-- ContinuationTokens reads the paging key; IdempotencyStore claims, keeps and forgets MS-RequestIds.
grant select on signing_key to ${app_role};
grant select, insert, update, delete on idempotent_request to ${app_role};
-- Throttling and the recorded-refusals cap count requests (upsert) and sweep old windows.
grant select, insert, update, delete on request_count to ${app_role};
-- The dashboard's sign-in: logins under way are made, consumed once and swept once abandoned; sessions are made,
-- rotated and revoked, and swept a day after their end with the rotated refresh tokens kept to catch reuse.
grant select, insert, delete on signin_attempt to ${app_role};
grant select, insert, update, delete on signin_session to ${app_role};
grant select, insert, delete on used_refresh_token to ${app_role};
-- The Account view's cache reads each customer's version; only the triggers of V6 (as the owner) write them.
grant select on customer_version to ${app_role};
