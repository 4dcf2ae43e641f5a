-- Customers of the partner. A customer's id is its Azure AD tenant id.
create table customer (
    id                  uuid        primary key,
    domain              text        not null,
    company_name        text        not null,
    billing_first_name  text        not null,
    billing_last_name   text        not null,
    billing_email       text        not null,
    billing_culture     text        not null,
    billing_language    text        not null,
    address_country     text        not null,
    address_city        text        not null,
    address_postal_code text,
    address_line1       text        not null,
    created_at          timestamptz not null,
    version             bigint      not null default 1
);

-- Domains are unique ignoring case; stored lower-case. text_pattern_ops serves the prefix filter.
create unique index customer_domain_key on customer (domain text_pattern_ops);
-- The list's keyset order, and the company-name prefix filter.
create index customer_name_order on customer (lower(company_name) text_pattern_ops, id);

-- People of a customer's tenant; UPNs are stored lower-case and unique across customers.
create table customer_user (
    id                  uuid        primary key,
    customer_id         uuid        not null references customer (id),
    user_principal_name text        not null unique,
    display_name        text        not null,
    created_at          timestamptz not null
);

create index customer_user_by_customer on customer_user (customer_id, user_principal_name);
