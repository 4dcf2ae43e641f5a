-- Every GET /auth/login deletes the abandoned logins before it inserts its own: by this index, not by a scan of
-- every login under way (anyone may start one, signed in or not).
create index signin_attempt_by_expiry on signin_attempt (expires_at);
