-- What Partner Center's Subscription carries and V1 lacked (ADR 0018): the unit type (copied from the offer,
-- as the offer name is), the billing cycle, the term, auto-renewal, the effective start date and the order it
-- came from. The commitment end date follows from these and is worked out when read.
alter table subscription
    add column unit_type            text,
    add column billing_cycle        text        not null default 'monthly',
    add column term_duration        text,
    add column auto_renew_enabled   boolean     not null default false,
    add column effective_start_date timestamptz not null
        default (date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'),
    add column order_id             uuid        not null default gen_random_uuid();

-- Existing rows get what Partner Center answers for them: an Azure offer is monthly, without a term and not
-- auto-renewed; a licence offer is a monthly term that renews; both start on the day they were bought.
update subscription s
   set unit_type = o.unit_type,
       term_duration = case when s.category = 'license' then 'P1M' end,
       auto_renew_enabled = (s.category = 'license'),
       effective_start_date = date_trunc('day', s.created_at at time zone 'UTC') at time zone 'UTC'
  from offer o
 where o.id = s.offer_id;

alter table subscription alter column unit_type set not null;

-- A user's roles, found when the user is deleted.
create index role_assignment_by_user on role_assignment (customer_id, user_id);
