-- A change of a customer moves its version on (platform V6, ADR 0022): the cached Account view is then read again.
create trigger customer_version after insert or update or delete on customer
    for each row execute function platform.customer_changed('id');
