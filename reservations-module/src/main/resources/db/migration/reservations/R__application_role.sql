-- What the application's role (${app_role}, CSPDESK_DB_USER) may do in this schema: only the DML its code
-- issues. Runs as the schema owner after the versioned migrations and whenever it changes; it takes
-- everything back first, so this file is all the role holds here. A new table gets its line here
-- (DatabaseRolesIT fails on a table the role cannot use). See platform/R__application_role.sql.

revoke all on all tables in schema reservations from ${app_role};
revoke all on all sequences in schema reservations from ${app_role};
grant usage on schema reservations to ${app_role};

-- The catalog is reference data (a migration writes it).
grant select on catalog_item to ${app_role};
-- The one price list is changed in place; replacing its overrides deletes and inserts them.
grant select, update on price_list to ${app_role};
grant select, insert, delete on price_override to ${app_role};
-- Orders, their lines and refunds never change once written; a reservation is cancelled, exchanged,
-- renewed or rescoped in place.
grant select, insert on customer_order, order_line_item, refund to ${app_role};
grant select, insert, update on reservation to ${app_role};
-- A cart is replaced while active (its lines deleted and inserted again) and marked ordered at checkout;
-- carts and their lines are never deleted by the application.
grant select, insert, update on cart to ${app_role};
grant select, insert, delete on cart_line_item to ${app_role};
-- Which orders a checkout made: written once, never changed.
grant select, insert on cart_order to ${app_role};
-- The webhook is registered, changed and removed; the outbox's notifications are claimed and marked
-- delivered or failed (the claim is an UPDATE ... FOR UPDATE SKIP LOCKED), their attempts only added.
grant select, insert, update, delete on purchase_webhook to ${app_role};
grant select, insert, update on purchase_notification to ${app_role};
grant select, insert on delivery_attempt to ${app_role};
