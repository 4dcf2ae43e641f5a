-- Opt-in notifications of customers' own purchases (beyond Partner Center, off by default): the
-- partner's webhook, and an outbox written in the purchase's transaction and delivered after commit.
create table purchase_webhook (
    id         int         primary key check (id = 1),
    url        text        not null,
    secret     text        not null,  -- needed in clear to sign each delivery (HMAC-SHA256)
    enabled    boolean     not null,
    updated_at timestamptz not null,
    updated_by text        not null,
    version    bigint      not null
);

create table purchase_notification (
    id              uuid        primary key,
    order_id        uuid        not null references customer_order (id),
    customer_id     uuid        not null,
    target_url      text        not null,
    payload         text        not null,
    created_at      timestamptz not null,
    status          text        not null check (status in ('pending', 'delivered', 'failed')),
    attempts        int         not null,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    last_error      text
);

-- The sender's question: what is due now.
create index purchase_notification_due on purchase_notification (next_attempt_at) where status = 'pending';
-- The API's list, newest first.
create index purchase_notification_by_date on purchase_notification (created_at desc, id desc);

create table delivery_attempt (
    id              uuid        primary key,
    notification_id uuid        not null references purchase_notification (id),
    attempted_at    timestamptz not null,
    http_status     int,
    error           text,
    duration_ms     int         not null
);

create index delivery_attempt_by_notification on delivery_attempt (notification_id, attempted_at);
