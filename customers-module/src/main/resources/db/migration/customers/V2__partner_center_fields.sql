-- What Partner Center's Customer, CustomerCompanyProfile, CustomerBillingProfile, Address and CustomerUser
-- carry and V1 dropped (ADR 0018). Existing rows get the values a client would have read from Partner Center.

-- The billing profile has an id of its own in Partner Center; its contact may be named on the address only
-- (Partner Center's own create sample names nobody at the top level), so the billing names become optional.
alter table customer
    alter column billing_first_name drop not null,
    alter column billing_last_name  drop not null,
    add column billing_profile_id              uuid not null default gen_random_uuid(),
    add column company_email                   text,
    add column organization_registration_number text,
    add column address_region                  text,
    add column address_state                   text,
    add column address_line2                   text,
    add column address_first_name              text,
    add column address_middle_name             text,
    add column address_last_name               text,
    add column address_phone_number            text;

-- The person at the address is the billing contact, as Partner Center's billing profiles show it.
update customer set address_first_name = billing_first_name, address_last_name = billing_last_name;

-- A user is soft-deleted (state INACTIVE), as in Partner Center: its UPN stays taken, it no longer lists.
alter table customer_user
    add column first_name         text,
    add column last_name          text,
    add column usage_location     text,
    add column phone_number       text,
    add column immutable_id       text,
    add column user_domain_type   text   not null default 'none',
    add column state              text   not null default 'ACTIVE',
    add column soft_deletion_time timestamptz,
    add column version            bigint not null default 1;

-- Where a user of an existing customer uses its licences: where the customer is.
update customer_user u set usage_location = c.address_country from customer c where c.id = u.customer_id;
