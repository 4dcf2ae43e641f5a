-- Carts, as Partner Center buys reservations (docs/adr/0016-orders-and-carts-on-partner-centers-wire.md):
-- created, read and replaced while active, checked out once into orders. A cart expires seven days
-- after it was created (Partner Center's rule; updates do not extend it). Its lines are stored as asked
-- for (catalog item, quantity, billing cycle, provisioning context); they are priced at checkout.
create table cart (
    id                      uuid        primary key,
    customer_id             uuid        not null,
    status                  text        not null check (status in ('active', 'ordered')),
    creation_timestamp      timestamptz not null,
    last_modified_timestamp timestamptz not null,
    expiration_timestamp    timestamptz not null,
    last_modified_user      text        not null,
    version                 bigint      not null
);

create table cart_line_item (
    cart_id         uuid    not null references cart (id),
    line_number     int     not null,
    sku_id          text    not null,
    term            text    not null,
    friendly_name   text,
    quantity        int     not null check (quantity > 0),
    billing_cycle   text    not null check (billing_cycle in ('upfront', 'monthly')),
    subscription_id uuid    not null,
    scope           text    not null check (scope in ('single', 'shared', 'resourceGroup')),
    resource_group  text,
    auto_renew      boolean not null,
    primary key (cart_id, line_number),
    foreign key (sku_id, term) references catalog_item (sku_id, term)
);

-- The orders a checkout made, one per order group. The primary key is the database's word on a race of
-- two checkouts of one cart: only one of them can store the cart's order of a group; the other fails and
-- changes nothing.
create table cart_order (
    cart_id     uuid not null references cart (id),
    order_group int  not null,
    order_id    uuid not null unique references customer_order (id),
    primary key (cart_id, order_group)
);

-- Partner Center's order lines carry the partner's friendly name of what was bought.
alter table order_line_item add column friendly_name text;
