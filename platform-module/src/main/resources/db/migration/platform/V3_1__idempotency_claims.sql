-- A claim on an MS-RequestId no longer outlives the process that made it (a kill -9 left ids "in progress"
-- for 48 hours). claim_token names the request holding the claim; lease_until is when a retry may take the
-- claim over if the first request has not acted by then; acted is set inside the request's own transaction,
-- so it commits with the change (a retry then waits for the answer rather than acting twice), rolls back
-- with it, and row-locks the claim while that transaction runs.
alter table idempotent_request
    add column claim_token uuid,
    add column lease_until timestamptz,
    add column acted       boolean not null default false;
