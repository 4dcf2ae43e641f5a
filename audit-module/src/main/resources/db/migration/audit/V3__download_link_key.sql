-- The key that signs the activity log's download links (ADR 0020), when the configuration names none
-- (cspdesk.audit.download.key). One row, written once by the first instance that needs a key, with INSERT ...
-- ON CONFLICT DO NOTHING so that of two instances starting together one wins and both read the winner's key:
-- every instance behind the load balancer must accept the links of every other one, also after a restart. It
-- is never changed or removed, so the application's role reads and inserts it and nothing more.
create table download_link_key (
    id         smallint    primary key check (id = 1),
    secret     bytea       not null check (length(secret) >= 32),
    created_at timestamptz not null default now()
);
