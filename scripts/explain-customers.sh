#!/usr/bin/env bash
# Fills a scratch PostgreSQL cluster with customers and prints EXPLAIN (ANALYZE, BUFFERS) of every query the
# customer list sends (GET /v1/customers): no filter, a deep keyset page, Partner Center's CompanyName and
# Domain prefix filters (common and rare, first and later page), and a customer user's own customer.
#
#   scripts/explain-customers.sh [ROWS]     ROWS customers, default 200000
#   KEEP=1 scripts/explain-customers.sh     leave the cluster running afterwards (the script says where)
#   PORT=N scripts/explain-customers.sh     only print the plans again, on a cluster kept earlier at port N
#
# The cluster is a throwaway one made as the integration tests make theirs (./cspdesk test-db start DIR PORT),
# with the customers module's migrations applied as the schema owner. The SQL is Customers.page()'s, with the
# values in place of its parameters (the plans PostgreSQL makes for each execution; ADR 0015).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-200000}"
DIR="$ROOT/customers-module/target/explain-db"
[[ "$ROWS" =~ ^[0-9]+$ ]] || { echo "usage: $0 [ROWS]" >&2; exit 2; }

PSQL_BIN="$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)"
[ -x "$PSQL_BIN" ] || PSQL_BIN="$(command -v psql)"

psql() { "$PSQL_BIN" -X -q -h 127.0.0.1 -p "$port" -U cspdesk_owner -d cspdesk -v ON_ERROR_STOP=1 "$@"; }

if [ -n "${PORT:-}" ]; then
  port="$PORT"
else
  port=56532
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  "$ROOT/cspdesk" test-db start "$DIR" "$port" >/dev/null
  if [ "${KEEP:-}" = 1 ]; then
    echo "# cluster kept: PORT=$port $0 prints the plans again; ./cspdesk test-db stop $DIR removes it"
  else
    trap '"$ROOT/cspdesk" test-db stop "$DIR"' EXIT
  fi
  echo "# migrations"
  psql -c "create schema customers"
  for file in $(ls "$ROOT"/customers-module/src/main/resources/db/migration/customers/V*__*.sql | sort -V); do
    echo "#   customers: $(basename "$file")"
    PGOPTIONS="-c search_path=customers" psql -f "$file"
  done
  echo "# data: $ROWS customers, names of eight companies and their numbers, a few starting with É or Ö"
  psql <<SQL
set synchronous_commit = off;
insert into customers.customer (id, domain, company_name, billing_first_name, billing_last_name, billing_email,
    billing_culture, billing_language, address_country, address_city, address_postal_code, address_line1, created_at)
select md5('customer' || n)::uuid, 'customer' || n || '.onmicrosoft.com',
       (array['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Énergie'])[1 + n % 8]
           || ' ' || n || ' Ltd',
       'Ada', 'Lovelace', 'ada@example.com', 'en-US', 'en', 'US', 'Redmond', '98052', '1 Way', now()
from generate_series(1, $ROWS) n;
analyze customers.customer;
SQL
fi

ORDER='order by lower(company_name) collate "C", id limit 101'
NAME='lower(company_name) collate "C"'
explain() {
  echo
  echo "## $1"
  psql -c "$2" >/dev/null
  psql -c "explain (analyze, buffers, costs off) $2"
}

explain "first page, no filter" "select * from customers.customer where true $ORDER"
explain "a page 50,000 customers in, no filter" "select * from customers.customer where true
  and ($NAME, id) > (lower('Northwind 150002 Ltd') collate \"C\", '00000000-0000-0000-0000-000000000000') $ORDER"
explain "CompanyName starts_with, common (an eighth of the customers)" "select * from customers.customer
  where $NAME like (lower('conto') || '%') collate \"C\" $ORDER"
explain "CompanyName starts_with, common, a later page" "select * from customers.customer
  where $NAME like (lower('conto') || '%') collate \"C\"
  and ($NAME, id) > (lower('Contoso 5000 Ltd') collate \"C\", '00000000-0000-0000-0000-000000000000') $ORDER"
explain "CompanyName starts_with, rare (a few customers)" "select * from customers.customer
  where $NAME like (lower('Northwind 4242') || '%') collate \"C\" $ORDER"
explain "CompanyName starts_with, accented capital" "select * from customers.customer
  where $NAME like (lower('ÉNERGIE 1') || '%') collate \"C\" $ORDER"
explain "CompanyName starts_with, matching nothing" "select * from customers.customer
  where $NAME like (lower('zzyzx') || '%') collate \"C\" $ORDER"
explain "Domain starts_with, rare" "select * from customers.customer where domain like 'customer4242%' $ORDER"
explain "Domain starts_with, common (every customer)" "select * from customers.customer where domain like 'customer%' $ORDER"
explain "a customer user's own customer" "select * from customers.customer
  where id = md5('customer42')::uuid $ORDER"
