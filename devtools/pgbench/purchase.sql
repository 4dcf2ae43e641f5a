-- The ceiling of the `purchase` scenario: the SQL one request issues, without the application.
--
-- One request is POST /v1/customers/{id}/orders by a customer's own user (an Owner, the switch on), with an
-- MS-RequestId, for one reservation. These are the statements, in order, that the PostgreSQL log showed
-- for one real request (log_statement = all; `./cspdesk bench --statements` prints them again): the
-- MS-RequestId claim and the kept answer in auto-commit, the order in one transaction on one connection.
-- (The first order of a process also reads the reservation catalog, kept in memory from then on: not here.)
-- Values the application computes (ids, prices, the record's SHA-256, JSON) are made here by cheap SQL of
-- the same size (pgbench replaces :name even inside a string literal, hence "autoRenew": true with a
-- space). pgbench -M prepared sends prepared statements, as pgjdbc does.
--
-- Variables (pgbench -D): clients, first (the number of the first purchasing customer), customers (how
-- many purchase), partner. Each client buys for its own customers, as each load-generator client does.
\set n :first + :client_id + :clients * random(0, :customers / :clients - 1)
\set r random(1, 9223372036854775807)

insert into platform.idempotent_request (tenant_id, request_id, method, path, body_sha256) values (md5('bench-customer-' || :n::int)::uuid::text, md5('request-' || :r::bigint)::uuid::text, 'POST', 'customers/' || md5('bench-customer-' || :n::int)::uuid || '/orders', md5(:r::bigint || 'a') || md5(:r::bigint || 'b')) on conflict do nothing;
BEGIN;
SELECT id, company_name, created_at, domain, version, billing_culture, billing_email, billing_first_name, billing_language, billing_last_name, address_line1, address_city, address_country, address_postal_code FROM customers.customer WHERE (id = md5('bench-customer-' || :n::int)::uuid);
select permissions from permissions.self_serve_policy where customer_id = md5('bench-customer-' || :n::int)::uuid for share;
SELECT id, billing_type, category, created_at, customer_id, friendly_name, offer_id, offer_name, quantity, status, version FROM subscriptions.subscription WHERE (id = md5('bench-plan-' || :n::int)::uuid);
SELECT id, created_at, customer_id, role, subscription_id, user_id, user_principal_name FROM subscriptions.role_assignment WHERE (((customer_id = md5('bench-customer-' || :n::int)::uuid) AND (subscription_id IN (md5('bench-plan-' || :n::int)::uuid))) AND (role IN ('OWNER','RESERVATION_PURCHASER')));
SELECT id, currency, markup_percent, updated_at, updated_by, version FROM reservations.price_list WHERE (id = 1);
SELECT sku_id, term, unit_price, price_list_id FROM reservations.price_override WHERE (price_list_id = 1);
INSERT INTO reservations.customer_order (id, creation_date, currency, customer_id, kind, operator_type, status, total_price, user_principal_name) VALUES (md5('order-' || :r::bigint)::uuid, now(), 'USD', md5('bench-customer-' || :n::int)::uuid, 'purchase', 'customer', 'completed', 535.86, 'owner@bench' || :n::int || '.onmicrosoft.com');
INSERT INTO reservations.order_line_item (order_id, auto_renew, billing_cycle, line_number, quantity, reservation_id, resource_group, scope, sku_id, subscription_id, term, total_price, unit_price) VALUES (md5('order-' || :r::bigint)::uuid, true, 'monthly', 1, 1, md5('reservation-' || :r::bigint)::uuid, NULL, 'shared', 'DZH318Z0BQ3S:0001', md5('bench-plan-' || :n::int)::uuid, 'P1Y', 535.86, 535.86);
INSERT INTO reservations.reservation (id, arm_region_name, arm_sku_name, auto_renew, billing_cycle, currency, customer_id, expiry_date, operator_type, order_id, purchase_date, quantity, renewed_by, resource_group, scope, sku_id, start_date, status, subscription_id, term, unit_price, user_principal_name, version) VALUES (md5('reservation-' || :r::bigint)::uuid, 'eastus', 'Standard_D2s_v5', true, 'monthly', 'USD', md5('bench-customer-' || :n::int)::uuid, now() + interval '1 year', 'customer', md5('order-' || :r::bigint)::uuid, now(), 1, NULL, NULL, 'shared', 'DZH318Z0BQ3S:0001', now(), 'active', md5('bench-plan-' || :n::int)::uuid, 'P1Y', 535.86, 'owner@bench' || :n::int || '.onmicrosoft.com', 1);
select pg_advisory_xact_lock(418581342580);
select hash from audit.audit_record order by seq desc limit 1 \gset previous_
INSERT INTO audit.audit_record (id, application_id, customer_id, customer_name, customized_data, hash, operation_date, operation_status, operation_type, operator_type, original_correlation_id, partner_id, previous_hash, resource_name, resource_new_value, resource_old_value, resource_type, user_principal_name) VALUES (gen_random_uuid(), NULL, md5('bench-customer-' || :n::int)::uuid, 'Bench Customer ' || :n::int, '[{"key":"OrderId","value":"' || md5('order-' || :r::bigint)::uuid || '"},{"key":"OrderKind","value":"purchase"},{"key":"BilledTo","value":"partner"},{"key":"TotalPrice","value":"535.86 USD"}]', md5(random()::text) || md5(random()::text), now(), 'succeeded', 'create_order', 'customer', gen_random_uuid()::text, :partner::text, :previous_hash::text, md5('order-' || :r::bigint)::uuid::text, '{"id":"' || md5('order-' || :r::bigint)::uuid || '","kind":"purchase","lineItems":[{"armRegionName":"eastus","armSkuName":"Standard_D2s_v5","autoRenew": true,"billingCycle":"monthly","quantity":1,"reservationId":"' || md5('reservation-' || :r::bigint)::uuid || '","scope":"shared","skuId":"DZH318Z0BQ3S:0001","subscriptionId":"' || md5('bench-plan-' || :n::int)::uuid || '","term":"P1Y","totalPrice":535.86,"unitPrice":535.86}],"totalPrice":{"amount":535.86,"currency":"USD"},"billedTo":"partner"}', NULL, 'order', 'owner@bench' || :n::int || '.onmicrosoft.com');
SELECT id, enabled, secret, updated_at, updated_by, url, version FROM reservations.purchase_webhook WHERE (id = 1);
COMMIT;
update platform.idempotent_request set status = 201, content_type = 'application/json', location = 'http://localhost:8080/v1/customers/' || md5('bench-customer-' || :n::int)::uuid || '/orders/' || md5('order-' || :r::bigint)::uuid, etag = NULL, body = repeat('x', 900) where tenant_id = md5('bench-customer-' || :n::int)::uuid::text and request_id = md5('request-' || :r::bigint)::uuid::text;
