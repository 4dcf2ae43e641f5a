-- Writes retried with the same MS-RequestId act once: the first answer is kept and replayed.
-- Scoped per tenant (the partner, or one customer's tenant), kept at least 24 hours.
create table idempotent_request (
    tenant_id     text        not null,
    request_id    text        not null,
    method        text        not null,
    path          text        not null,
    body_sha256   text        not null,
    status        int,          -- null while the first request is still being processed
    content_type  text,
    location      text,
    etag          text,
    body          text,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, request_id)
);

create index idempotent_request_expiry on idempotent_request (created_at);
