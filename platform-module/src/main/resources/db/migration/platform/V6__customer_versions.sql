-- A number per customer that every change of what its Account view shows moves on, in the change's own
-- transaction: triggers on the customer, its subscriptions, their role assignments and its self-serve policy
-- (in those modules' migrations) call customer_changed(). A copy of the view is current exactly while the number
-- it was read with is the newest, on every instance (ADR 0022): one key lookup instead of three modules' queries.
-- A customer without a row has not changed since this migration: version 0.
create table customer_version (
    customer_id uuid   primary key,
    version     bigint not null
);

-- Security definer, owned by the schema owner: the application's role may read the versions but not set them;
-- only the triggers' changes do. tg_argv[0] names the column holding the customer's id.
create function customer_changed() returns trigger language plpgsql security definer
    set search_path = pg_catalog, pg_temp as $$
declare
    changed jsonb;
begin
    if tg_op = 'DELETE' then
        changed := to_jsonb(old);
    else
        changed := to_jsonb(new);
    end if;
    insert into platform.customer_version as v (customer_id, version)
    values ((changed ->> tg_argv[0])::uuid, 1)
    on conflict (customer_id) do update set version = v.version + 1;
    return null;
end $$;
revoke all on function customer_changed() from public;
