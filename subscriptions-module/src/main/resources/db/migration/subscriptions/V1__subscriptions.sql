-- The offers catalog (reference data).
create table offer (
    id           text primary key,
    name         text not null,
    billing_type text not null,   -- usage | license
    category     text not null,   -- azure_plan | azure_global | license
    unit_type    text not null
);

insert into offer (id, name, billing_type, category, unit_type) values
    ('DZH318Z0BPS6:0001', 'Azure plan', 'usage', 'azure_plan', 'Usage-based'),
    ('MS-AZR-0145P', 'Microsoft Azure (legacy, Azure Global)', 'usage', 'azure_global', 'Usage-based'),
    ('CFQ7TTC0LFLZ:0001', 'Microsoft 365 E3', 'license', 'license', 'Licenses'),
    ('CFQ7TTC0LCHC:0002', 'Microsoft 365 Business Premium', 'license', 'license', 'Licenses'),
    ('CFQ7TTC0LF8Q:0001', 'Office 365 E1', 'license', 'license', 'Licenses'),
    ('CFQ7TTC0LH16:0001', 'Exchange Online (Plan 1)', 'license', 'license', 'Licenses'),
    ('CFQ7TTC0LH18:0001', 'Microsoft Teams Essentials', 'license', 'license', 'Licenses');

-- Subscriptions the partner bought for its customers. Offer name and category are copied at purchase:
-- a subscription keeps what it was bought as.
create table subscription (
    id            uuid        primary key,
    customer_id   uuid        not null,
    offer_id      text        not null references offer (id),
    offer_name    text        not null,
    category      text        not null,
    billing_type  text        not null,
    friendly_name text        not null,
    quantity      int         not null check (quantity > 0),
    status        text        not null,
    created_at    timestamptz not null,
    version       bigint      not null
);

-- A customer's subscriptions in keyset order; also serves the prerequisites question.
create index subscription_by_customer on subscription (customer_id, created_at, id);

create table role_assignment (
    id                  uuid        primary key,
    subscription_id     uuid        not null references subscription (id),
    customer_id         uuid        not null,
    user_id             uuid        not null,
    user_principal_name text        not null,
    role                text        not null,
    created_at          timestamptz not null,
    unique (subscription_id, user_id, role)
);

create index role_assignment_by_customer on role_assignment (customer_id, role);
