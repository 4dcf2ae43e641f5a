-- Orders, by the partner or by a customer's own user; always billed to the partner.
create table customer_order (
    id                  uuid          primary key,
    customer_id         uuid          not null,
    kind                text          not null check (kind in ('purchase', 'exchange', 'renewal')),
    operator_type       text          not null check (operator_type in ('partner', 'customer', 'system')),
    user_principal_name text          not null,
    creation_date       timestamptz   not null,
    status              text          not null,
    total_price         numeric(14,2) not null,
    currency            text          not null
);

-- Order history in keyset order (newest first).
create index customer_order_by_customer on customer_order (customer_id, creation_date desc, id desc);
-- The self-serve report: customers' own orders in a window.
create index customer_order_self_serve on customer_order (customer_id, creation_date)
    where operator_type = 'customer';

create table order_line_item (
    order_id         uuid          not null references customer_order (id),
    line_number      int           not null,
    sku_id           text          not null,
    term             text          not null,
    quantity         int           not null check (quantity > 0),
    billing_cycle    text          not null check (billing_cycle in ('upfront', 'monthly')),
    subscription_id  uuid          not null,
    scope            text          not null check (scope in ('single', 'shared', 'resourceGroup')),
    resource_group   text,
    auto_renew       boolean       not null,
    unit_price       numeric(12,2) not null,
    total_price      numeric(14,2) not null,
    reservation_id   uuid          not null,
    primary key (order_id, line_number),
    foreign key (sku_id, term) references catalog_item (sku_id, term)
);

-- The reservations inventory. start_date is when the term begins: the purchase, or the end of the
-- reservation a renewal follows.
create table reservation (
    id                  uuid          primary key,
    order_id            uuid          not null references customer_order (id),
    customer_id         uuid          not null,
    sku_id              text          not null,
    term                text          not null,
    arm_sku_name        text          not null,
    arm_region_name     text          not null,
    quantity            int           not null check (quantity > 0),
    billing_cycle       text          not null,
    scope               text          not null check (scope in ('single', 'shared', 'resourceGroup')),
    resource_group      text,
    subscription_id     uuid          not null,
    auto_renew          boolean       not null,
    status              text          not null check (status in ('active', 'cancelled', 'exchanged', 'expired')),
    operator_type       text          not null,
    user_principal_name text          not null,
    purchase_date       timestamptz   not null,
    start_date          timestamptz   not null,
    expiry_date         timestamptz   not null,
    unit_price          numeric(12,2) not null,
    currency            text          not null,
    renewed_by          text,
    version             bigint        not null,
    foreign key (sku_id, term) references catalog_item (sku_id, term)
);

-- The Reservations page in keyset order (newest first).
create index reservation_by_customer on reservation (customer_id, purchase_date desc, id desc);

-- Money given back: cancellations (counted toward the refund cap) and exchanges (not counted).
create table refund (
    id                   uuid          primary key,
    customer_id          uuid          not null,
    reservation_id       uuid          not null references reservation (id),
    kind                 text          not null check (kind in ('cancel', 'exchange')),
    amount               numeric(14,2) not null check (amount >= 0),
    currency             text          not null,
    refunded_at          timestamptz   not null
);

-- The refund cap: a customer's cancellations in the last twelve months.
create index refund_for_cap on refund (customer_id, refunded_at) where kind = 'cancel';
