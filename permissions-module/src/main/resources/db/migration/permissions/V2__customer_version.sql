-- A change of a customer's self-serve policy moves its version on (platform V6, ADR 0022): the switch of a
-- cached Account view is then read again.
create trigger customer_version after insert or update or delete on self_serve_policy
    for each row execute function platform.customer_changed('customer_id');
