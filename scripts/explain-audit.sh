#!/usr/bin/env bash
# Fills a scratch PostgreSQL cluster with millions of activity-log records (and 10,000 customers with
# their policies and orders) and prints EXPLAIN (ANALYZE, BUFFERS) of every query the activity log and
# the reports send: each filter and operator, a first and a deep keyset page, both reports.
#
#   scripts/explain-audit.sh [ROWS]        ROWS audit records, default 3000000
#   KEEP=1 scripts/explain-audit.sh        leave the cluster running afterwards (the script says where)
#   PORT=N scripts/explain-audit.sh        only print the plans again, on a cluster kept earlier at port N
#
# The cluster is a throwaway one made exactly as the integration tests make theirs
# (./cspdesk test-db start DIR PORT), with every module's versioned migrations applied as the schema owner
# (cspdesk_owner, as the server applies them; the queries are explained as it too).
# The audit module's later migrations run after the records are loaded, as they would on a live log:
# the output tells how long their indexes took to build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-3000000}"
DIR="$ROOT/audit-module/target/explain-db"
[[ "$ROWS" =~ ^[0-9]+$ ]] || { echo "usage: $0 [ROWS]" >&2; exit 2; }

PSQL_BIN="$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)"
[ -x "$PSQL_BIN" ] || PSQL_BIN="$(command -v psql)"

psql() { "$PSQL_BIN" -X -q -h 127.0.0.1 -p "$port" -U cspdesk_owner -d cspdesk -v ON_ERROR_STOP=1 "$@"; }

# migrate SCHEMA [first|rest]: that module's migrations in version order, or only its first, or the others.
migrate() {
  local schema="$1" which="${2:-all}" folder n=0
  folder="$(ls -d "$ROOT"/*-module/src/main/resources/db/migration/"$schema")"
  for file in $(ls "$folder"/V*__*.sql | sort -V); do
    n=$((n + 1))
    if [ "$which" = first ] && [ $n -gt 1 ]; then break; fi
    if [ "$which" = rest ] && [ $n -eq 1 ]; then continue; fi
    echo "#   $schema: $(basename "$file")"
    PGOPTIONS="-c search_path=$schema -c maintenance_work_mem=256MB" psql -f "$file"
  done
}

if [ -n "${PORT:-}" ]; then
  port="$PORT"
else
  port=56432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  "$ROOT/cspdesk" test-db start "$DIR" "$port" >/dev/null
  if [ "${KEEP:-}" = 1 ]; then
    echo "# cluster kept: PORT=$port $0 prints the plans again; ./cspdesk test-db stop $DIR removes it"
  else
    trap '"$ROOT/cspdesk" test-db stop "$DIR"' EXIT
  fi

  echo "# migrations"
  for schema in platform customers subscriptions permissions reservations; do
    psql -c "create schema $schema"
    migrate "$schema"
  done
  psql -c "create schema audit"
  migrate audit first
  echo "# data: 10000 customers, a third with the switch on, 500000 orders, $ROWS audit records over two years"
  start_load=$SECONDS
  psql <<SQL
set synchronous_commit = off;
set maintenance_work_mem = '256MB';
insert into customers.customer (id, domain, company_name, billing_first_name, billing_last_name, billing_email,
    billing_culture, billing_language, address_country, address_city, address_postal_code, address_line1, created_at)
select md5('customer' || n)::uuid, 'customer' || n || '.onmicrosoft.com',
       (array['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware'])[1 + n % 8]
           || ' ' || n || ' Ltd',
       'Ada', 'Lovelace', 'ada@example.com', 'en-US', 'en', 'US', 'Redmond', '98052', '1 Way', now()
from generate_series(1, 10000) n;

insert into permissions.self_serve_policy (id, customer_id, partner_tenant_id, permissions, created_at, created_by,
    updated_at, version)
select 'partner_' || md5('customer' || n)::uuid, md5('customer' || n)::uuid, 'partner', 'AzureReservedInstances',
       timestamptz '2024-01-01' + n * interval '1 hour', 'agent' || n % 50 || '@partner.example',
       timestamptz '2024-01-01' + n * interval '1 hour', 1
from generate_series(1, 10000) n where n % 3 = 0;

insert into reservations.customer_order (id, customer_id, kind, operator_type, user_principal_name, creation_date,
    status, total_price, currency)
select md5('order' || n)::uuid, md5('customer' || (1 + n::bigint * 7919 % 10000))::uuid, 'purchase',
       case when n % 5 < 2 then 'customer' else 'partner' end, 'buyer@example.com',
       timestamptz '2024-01-01' + n * interval '126 seconds', 'completed', (n % 997) * 1.37, 'USD'
from generate_series(1, 500000) n;

-- Records in append order: dates rise with seq, as the chain lock makes them. Operation types in
-- realistic proportions (orders and subscription changes common, a price-list change one in a thousand),
-- 4 % refused, 2 % about no customer, 40 % by customer users.
insert into audit.audit_record (id, partner_id, customer_id, customer_name, user_principal_name, operator_type,
    resource_type, resource_name, resource_new_value, operation_type, operation_date, operation_status,
    customized_data, previous_hash, hash)
select md5('audit' || n)::uuid, 'partner',
       case when n % 50 = 0 then null else md5('customer' || c)::uuid end,
       case when n % 50 = 0 then null else
           (array['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware'])[1 + c % 8]
           || ' ' || c || ' Ltd' end,
       case when n % 5 < 2 then 'user' || n % 7 || '@customer' || c || '.onmicrosoft.com'
            else 'agent' || n % 50 || '@partner.example' end,
       case when n % 5 < 2 then 'customer' else 'partner' end,
       (array['order', 'subscription', 'role_assignment', 'role_assignment', 'customer_user', 'customer',
              'self_serve_policy', 'self_serve_policy', 'self_serve_policy', 'reservation', 'reservation',
              'reservation', 'reservation', 'customer', 'price_list'])[b],
       'resource ' || n, '{"id":"' || n || '"}',
       (array['create_order', 'update_subscription', 'create_role_assignment', 'delete_role_assignment',
              'create_customer_user', 'add_customer', 'create_self_serve_policy', 'update_self_serve_policy',
              'delete_self_serve_policy', 'update_reservation_scope', 'cancel_reservation', 'exchange_reservation',
              'renew_reservation', 'update_customer_billing_profile', 'update_price_list'])[b],
       timestamptz '2024-01-01' + n * (interval '730 days' / $ROWS),
       case when n % 25 = 0 then 'failed' else 'succeeded' end,
       '[]', md5(n::text) || md5((n + 1)::text), md5((n + 1)::text) || md5(n::text)
from (select n, 1 + n::bigint * 7919 % 10000 as c,
             case when n % 1000 < 300 then 1 when n % 1000 < 450 then 2 when n % 1000 < 550 then 3
                  when n % 1000 < 600 then 4 when n % 1000 < 700 then 5 when n % 1000 < 750 then 6
                  when n % 1000 < 800 then 7 when n % 1000 < 830 then 8 when n % 1000 < 880 then 9
                  when n % 1000 < 920 then 10 when n % 1000 < 950 then 11 when n % 1000 < 970 then 12
                  when n % 1000 < 990 then 13 when n % 1000 < 999 then 14 else 15 end as b
      from generate_series(1, $ROWS) n) g;
vacuum (analyze) customers.customer, permissions.self_serve_policy, reservations.customer_order, audit.audit_record;
SQL
  echo "# loaded in $((SECONDS - start_load)) s"
  echo "# the audit module's later migrations, on the loaded log"
  start_migrate=$SECONDS
  migrate audit rest
  psql -c "vacuum (analyze) audit.audit_record"
  echo "# applied in $((SECONDS - start_migrate)) s"
fi

psql -At -c "select 'audit_record: ' || count(*) || ' rows, table ' || pg_size_pretty(pg_relation_size('audit.audit_record'))
  || ', indexes ' || pg_size_pretty(pg_indexes_size('audit.audit_record')) from audit.audit_record"
psql -At -c "select '  ' || indexrelname || ' ' || pg_size_pretty(pg_relation_size(indexrelid))
  from pg_stat_user_indexes where schemaname = 'audit' order by indexrelname"

# The SQL below is what AuditRecords, ActivityReport and SelfServeReport send, with the parameters
# written in. The window is the one the API is mostly asked for: everything (startDate=2020-01-01, now).
ALL="operation_date >= '2020-01-01' and operation_date < now()"
MONTH="operation_date >= '2025-06-01' and operation_date < '2025-07-01'"
PAGE="order by operation_date desc, seq desc limit 101"
CUSTOMER="$(psql -At -c "select md5('customer42')::uuid")"   # Northwind 42 Ltd
RARE_UPN="$(psql -At -c "select substring(user_principal_name from '^[^.]+') from audit.audit_record
  where user_principal_name ~ '@customer[0-9]{4}[.]' order by seq desc limit 1")"   # user3@customer7920
IFS='|' read -r DEEP_DATE DEEP_SEQ <<<"$(psql -At -c "select operation_date, seq from audit.audit_record
  where $ALL order by operation_date desc, seq desc offset 100000 limit 1")"
KEYSET="(operation_date, seq) < ('$DEEP_DATE', $DEEP_SEQ)"

# Each query runs once before its plan is taken, so the figures are those of a warm cache (the first
# page of a busy log is in memory); the ADR gives cold figures too.
explain() {
  echo
  echo "## $1"
  psql -c "$2" >/dev/null
  psql -c "explain (analyze, buffers, costs off) $2"
}

explain "first page, no filter" "select * from audit.audit_record where $ALL $PAGE"
explain "page 1001 (100,000 records in), no filter" "select * from audit.audit_record where $ALL and $KEYSET $PAGE"
explain "CustomerId equals" "select * from audit.audit_record where $ALL and customer_id = '$CUSTOMER' $PAGE"
explain "CustomerId equals, a later page" "select * from audit.audit_record where $ALL and customer_id = '$CUSTOMER'
  and (operation_date, seq) < (select operation_date, seq from audit.audit_record where customer_id = '$CUSTOMER'
  order by operation_date desc, seq desc offset 100 limit 1) $PAGE"
explain "CustomerId substring" "select * from audit.audit_record where $ALL and customer_id::text like '%${CUSTOMER:0:8}%' $PAGE"
explain "CompanyName equals" "select * from audit.audit_record where $ALL and lower(customer_name) = 'contoso 8 ltd' $PAGE"
explain "CompanyName substring, rare (one customer)" "select * from audit.audit_record where $ALL and lower(customer_name) like '%wind 42 l%' $PAGE"
explain "CompanyName substring, common (an eighth of the log)" "select * from audit.audit_record where $ALL and lower(customer_name) like '%fabrikam%' $PAGE"
explain "CompanyName substring, matching nothing" "select * from audit.audit_record where $ALL and lower(customer_name) like '%zzyzx%' $PAGE"
explain "ResourceType equals, rare" "select * from audit.audit_record where $ALL and resource_type = 'price_list' $PAGE"
explain "ResourceType substring" "select * from audit.audit_record where $ALL and resource_type like '%price%' $PAGE"
explain "OperationType equals, rare" "select * from audit.audit_record where $ALL and operation_type = 'update_price_list' $PAGE"
explain "OperationType equals, common" "select * from audit.audit_record where $ALL and operation_type = 'create_order' $PAGE"
explain "ResourceType substring, matching nothing" "select * from audit.audit_record where $ALL and resource_type like '%invoice%' $PAGE"
explain "OperationType substring, rare" "select * from audit.audit_record where $ALL and operation_type like '%price%' $PAGE"
explain "OperationType substring, matching nothing" "select * from audit.audit_record where $ALL and operation_type like '%invoice%' $PAGE"
explain "UserPrincipalName equals" "select * from audit.audit_record where $ALL and lower(user_principal_name) = 'agent7@partner.example' $PAGE"
explain "UserPrincipalName substring, rare" "select * from audit.audit_record where $ALL and lower(user_principal_name) like '%$RARE_UPN%' $PAGE"
explain "UserPrincipalName substring, few distinctive trigrams" "select * from audit.audit_record where $ALL and lower(user_principal_name) like '%@customer1.%' $PAGE"
explain "UserPrincipalName substring, matching nothing" "select * from audit.audit_record where $ALL and lower(user_principal_name) like '%nobody%' $PAGE"

REPORT="count(*) filter (where operation_status = 'succeeded') as succeeded,
  count(*) filter (where operation_status = 'failed') as failed from audit.audit_record"
explain "activity report by day, one month" "select to_char(operation_date at time zone 'UTC', 'YYYY-MM-DD') as key, $REPORT
  where $MONTH group by 1 order by 1"
explain "activity report by operation type, one month" "select operation_type as key, $REPORT where $MONTH group by 1 order by count(*) desc, 1"
explain "activity report by user, one month" "select lower(user_principal_name) as key, $REPORT where $MONTH group by 1 order by count(*) desc, 1"
explain "activity report by day, everything" "select to_char(operation_date at time zone 'UTC', 'YYYY-MM-DD') as key, $REPORT
  where $ALL group by 1 order by 1"
explain "activity report by operation type, everything" "select operation_type as key, $REPORT where $ALL group by 1 order by count(*) desc, 1"

IDS="$(psql -At -c "select string_agg(quote_literal(id), ',') from (select id from customers.customer
  order by lower(company_name) collate \"C\", id offset 5000 limit 101) page")"
explain "self-serve report: a page of customers (101, keyset 5000 in)" "select * from customers.customer
  where (lower(company_name) collate \"C\", id) > (lower('Northwind 4243 Ltd') collate \"C\", '00000000-0000-0000-0000-000000000000')
  order by lower(company_name) collate \"C\", id limit 101"
explain "self-serve report: their policies" "select * from permissions.self_serve_policy where customer_id in ($IDS)"
explain "self-serve report: their own orders in a year" "select customer_id, count(*), sum(total_price), currency
  from reservations.customer_order where customer_id in ($IDS) and operator_type = 'customer'
  and creation_date >= '2025-01-01' and creation_date < '2026-01-01' group by customer_id, currency"
