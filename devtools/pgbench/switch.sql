-- The ceiling of the `switch` scenario: the SQL one request issues, without the application.
--
-- One request is PUT /v1/customers/{id}/permissions/azureReservations by an Admin agent, flipping the
-- Account page's switch. These are the statements, in order, that the PostgreSQL log showed for one real
-- request of each direction (log_statement = all; `./cspdesk bench --statements` prints them again).
-- Everything up to the answer runs in one transaction on one connection, as in the application. (The
-- throttling count is sent once per 100 ms for all requests of an instance, ADR 0022: no statement of its own.)
-- Values the application computes (ids, the record's SHA-256, its JSON) are made here by cheap SQL
-- functions of the same size. pgbench -M prepared sends them as prepared statements, as pgjdbc does.
--
-- Variables (pgbench -D): clients, customers (the eligible customers, numbered 1..customers), partner.
-- Each client flips its own customers (n = client_id + 1 + k * clients), as each load-generator client
-- does, so two clients never race for one policy.
\set n :client_id + 1 + :clients * random(0, :customers / :clients - 1)
\set version 0

BEGIN;
SELECT id, company_email, company_name, created_at, domain, organization_registration_number, version, billing_culture, billing_email, billing_first_name, billing_profile_id, billing_language, billing_last_name, address_line1, address_line2, address_city, address_country, address_first_name, address_last_name, address_middle_name, address_phone_number, address_postal_code, address_region, address_state FROM customers.customer WHERE (id = md5('bench-customer-' || :n::int)::uuid);
-- \aset leaves :version at 0 when the customer has no policy (the switch is off).
SELECT id, created_at, created_by, customer_id, partner_tenant_id, permissions, updated_at, version FROM permissions.self_serve_policy WHERE (customer_id = md5('bench-customer-' || :n::int)::uuid) \aset
\if :version > 0
-- Off: delete the policy, record delete_self_serve_policy.
DELETE FROM permissions.self_serve_policy WHERE ((id = :partner::text || '_' || md5('bench-customer-' || :n::int)::uuid) AND (version = :version::bigint));
select pg_advisory_xact_lock(418581342580);
select hash from audit.audit_record order by seq desc limit 1 \gset previous_
INSERT INTO audit.audit_record (id, application_id, customer_id, customer_name, customized_data, hash, operation_date, operation_status, operation_type, operator_type, original_correlation_id, partner_id, previous_hash, resource_name, resource_new_value, resource_old_value, resource_type, user_principal_name) VALUES (gen_random_uuid(), NULL, md5('bench-customer-' || :n::int)::uuid, 'Bench Customer ' || :n::int, '[]', md5(random()::text) || md5(random()::text), now(), 'succeeded', 'delete_self_serve_policy', 'partner', gen_random_uuid()::text, :partner::text, :previous_hash::text, :partner::text || '_' || md5('bench-customer-' || :n::int)::uuid, NULL, '{"id":"' || :partner::text || '_' || md5('bench-customer-' || :n::int)::uuid || '","permissions":[{"action":"Purchase","resource":"AzureReservedInstances"}],"selfServeEntity":{"selfServeEntityType":"customer","tenantID":"' || md5('bench-customer-' || :n::int)::uuid || '"}}', 'self_serve_policy', 'adminagent@partner.cspdesk.dev');
\else
-- On: check the prerequisites (one statement), create the policy, record create_self_serve_policy.
SELECT t0.id, t1.id, t1.created_at, t1.customer_id, t1.role, t1.subscription_id, t1.user_id, t1.user_principal_name FROM subscriptions.subscription t0 LEFT OUTER JOIN subscriptions.role_assignment t1 ON (((t1.subscription_id = t0.id) AND (t1.customer_id = t0.customer_id)) AND (t1.role IN ('OWNER','RESERVATION_PURCHASER'))) WHERE (((t0.customer_id = md5('bench-customer-' || :n::int)::uuid) AND (t0.status = 'ACTIVE')) AND (t0.category IN ('azure_plan','azure_global'))) ORDER BY t0.created_at, t0.id;
INSERT INTO permissions.self_serve_policy (id, created_at, created_by, customer_id, partner_tenant_id, permissions, updated_at, version) VALUES (:partner::text || '_' || md5('bench-customer-' || :n::int)::uuid, now(), 'adminagent@partner.cspdesk.dev', md5('bench-customer-' || :n::int)::uuid, :partner::text, 'AzureReservedInstances', now(), 1);
select pg_advisory_xact_lock(418581342580);
select hash from audit.audit_record order by seq desc limit 1 \gset previous_
INSERT INTO audit.audit_record (id, application_id, customer_id, customer_name, customized_data, hash, operation_date, operation_status, operation_type, operator_type, original_correlation_id, partner_id, previous_hash, resource_name, resource_new_value, resource_old_value, resource_type, user_principal_name) VALUES (gen_random_uuid(), NULL, md5('bench-customer-' || :n::int)::uuid, 'Bench Customer ' || :n::int, '[]', md5(random()::text) || md5(random()::text), now(), 'succeeded', 'create_self_serve_policy', 'partner', gen_random_uuid()::text, :partner::text, :previous_hash::text, :partner::text || '_' || md5('bench-customer-' || :n::int)::uuid, '{"id":"' || :partner::text || '_' || md5('bench-customer-' || :n::int)::uuid || '","permissions":[{"action":"Purchase","resource":"AzureReservedInstances"}],"selfServeEntity":{"selfServeEntityType":"customer","tenantID":"' || md5('bench-customer-' || :n::int)::uuid || '"}}', NULL, 'self_serve_policy', 'adminagent@partner.cspdesk.dev');
\endif
COMMIT;

-- The answer shows the Account page's area again: the prerequisites after the change, outside the transaction.
SELECT t0.id, t1.id, t1.created_at, t1.customer_id, t1.role, t1.subscription_id, t1.user_id, t1.user_principal_name FROM subscriptions.subscription t0 LEFT OUTER JOIN subscriptions.role_assignment t1 ON (((t1.subscription_id = t0.id) AND (t1.customer_id = t0.customer_id)) AND (t1.role IN ('OWNER','RESERVATION_PURCHASER'))) WHERE (((t0.customer_id = md5('bench-customer-' || :n::int)::uuid) AND (t0.status = 'ACTIVE')) AND (t0.category IN ('azure_plan','azure_global'))) ORDER BY t0.created_at, t0.id;
