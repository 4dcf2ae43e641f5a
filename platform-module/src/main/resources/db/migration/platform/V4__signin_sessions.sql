-- The dashboard's sign-in (ADR 0021): logins under way and signed-in sessions, in the database so that any
-- instance can finish a login or refresh a session. Only hashes of the state and of refresh tokens are kept.
create table signin_attempt (
    state_hash    text        primary key,
    issuer        text        not null,
    nonce         text        not null,
    code_verifier text        not null,
    return_path   text        not null,
    expires_at    timestamptz not null
);

create table signin_session (
    id                  uuid        primary key,
    refresh_hash        text        not null unique,
    issuer              text        not null,
    user_principal_name text        not null,
    object_id           text,
    roles               text[]      not null,
    operator_type       text        not null,
    tenant_id           text        not null,
    application_id      text,
    created_at          timestamptz not null,
    last_used_at        timestamptz not null,
    idle_expires_at     timestamptz not null,
    absolute_expires_at timestamptz not null,
    revoked_at          timestamptz,
    revoked_reason      text
);

-- A refresh token once rotated: presented again, it revokes its session (reuse means it was stolen).
create table used_refresh_token (
    refresh_hash text        primary key,
    session_id   uuid        not null references signin_session (id),
    used_at      timestamptz not null
);

-- The sweep of ended sessions (SignInStore) finds them, and their rotated tokens, by these.
create index signin_session_by_end on signin_session (absolute_expires_at);
create index used_refresh_token_by_session on used_refresh_token (session_id);
