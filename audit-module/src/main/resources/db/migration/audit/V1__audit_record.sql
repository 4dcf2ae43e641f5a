-- The activity log. Append-only: the application inserts and reads, never updates or deletes
-- (enforced below by a trigger). Each record's hash covers its content and the previous record's
-- hash, so an altered, removed or inserted record breaks the chain.
create table audit_record (
    seq                     bigint generated always as identity primary key,
    id                      uuid        not null unique,
    partner_id              text        not null,
    customer_id             uuid,
    customer_name           text,
    user_principal_name     text        not null,
    operator_type           text        not null,
    application_id          text,
    resource_type           text        not null,
    resource_name           text,
    resource_old_value      text,
    resource_new_value      text,
    operation_type          text        not null,
    operation_date          timestamptz not null,
    operation_status        text        not null,
    customized_data         text        not null,
    original_correlation_id text,
    previous_hash           text        not null,
    hash                    text        not null
);

-- Newest first, within a window: the order of every query.
create index audit_by_date on audit_record (operation_date desc, seq desc);
-- One index per filter the API offers, each in the same order.
create index audit_by_customer on audit_record (customer_id, operation_date desc, seq desc);
create index audit_by_operation on audit_record (operation_type, operation_date desc, seq desc);
create index audit_by_resource_type on audit_record (resource_type, operation_date desc, seq desc);
create index audit_by_user on audit_record (lower(user_principal_name), operation_date desc, seq desc);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the activity log is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function refuse_audit_change();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function refuse_audit_change();
