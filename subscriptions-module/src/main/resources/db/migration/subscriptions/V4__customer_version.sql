-- A change of a customer's subscriptions or of the roles on them moves its version on (platform V6, ADR 0022):
-- the purchase prerequisites of a cached Account view are then read again.
create trigger customer_version after insert or update or delete on subscription
    for each row execute function platform.customer_changed('customer_id');
create trigger customer_version after insert or update or delete on role_assignment
    for each row execute function platform.customer_changed('customer_id');
