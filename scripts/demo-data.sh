#!/usr/bin/env bash
# Loads a small demo data set through the public API, as a partner would: customers in every state the
# purchase prerequisites can be in. Safe to run twice (existing domains are skipped).
# Usage: scripts/demo-data.sh http://localhost:8080
set -euo pipefail
BASE="${1:-http://localhost:8080}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOKEN="$("$ROOT/cspdesk" token --role AdminAgent 2>/dev/null | tail -1)"

api() { # METHOD PATH [BODY] -> prints the body; fails on 5xx
  local out status
  out="$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer ${AS_TOKEN:-$TOKEN}" -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "$BASE$2")"
  status="${out##*$'\n'}"; out="${out%$'\n'*}"
  [ "${status:0:1}" != 5 ] || { echo "demo data: $1 $2 failed with $status: $out" >&2; exit 1; }
  echo "$out"
}
id_of() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
# Partner Center's customer filter, URL-encoded: the customers whose domain starts with $1 (letters, digits, . and -).
by_domain() { printf '%%7B%%22field%%22%%3A%%22Domain%%22%%2C%%22value%%22%%3A%%22%s%%22%%2C%%22operator%%22%%3A%%22starts_with%%22%%7D' "$1"; }

customer() { # DOMAIN NAME -> id (new or existing)
  local body id
  body="{\"companyProfile\":{\"domain\":\"$1\",\"companyName\":\"$2\"},\"billingProfile\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"billing@$1\",\"culture\":\"en-US\",\"language\":\"en\",\"defaultAddress\":{\"country\":\"US\",\"city\":\"Redmond\",\"state\":\"WA\",\"postalCode\":\"98052\",\"addressLine1\":\"1 Microsoft Way\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"phoneNumber\":\"4255550100\"}}}"
  id="$(api POST /v1/customers "$body" | id_of || true)"
  if [ -z "$id" ]; then id="$(api GET "/v1/customers?filter=$(by_domain "$1")" | id_of)"; fi
  echo "$id"
}
user() { api POST "/v1/customers/$1/users" "{\"userPrincipalName\":\"$2@$3\",\"displayName\":\"$2\",\"firstName\":\"$2\",\"lastName\":\"Demo\",\"usageLocation\":\"US\"}" | id_of || true; }
buy() { api POST "/v1/customers/$1/subscriptions" "{\"offerId\":\"$2\",\"friendlyName\":\"$3\",\"quantity\":$4}" | id_of; }
assign() { api POST "/v1/customers/$1/subscriptions/$2/roleAssignments" "{\"userId\":\"$3\",\"role\":\"$4\"}" >/dev/null; }

if [ -n "$(api GET "/v1/customers?filter=$(by_domain contoso-demo)" | id_of)" ]; then
  echo "demo data: already loaded"; exit 0
fi

# Ready to be switched on: an Azure plan with an Owner (ada). The switch is turned on, for the purchases below.
c="$(customer contoso-demo.onmicrosoft.com 'Contoso')"
plan="$(buy "$c" DZH318Z0BPS6:0001 'Contoso production' 1)"
assign "$c" "$plan" "$(user "$c" ada contoso-demo.onmicrosoft.com)" Owner
buy "$c" CFQ7TTC0LFLZ:0001 'Contoso E3' 50 >/dev/null
api PUT "/v1/customers/$c/permissions/azureReservations" '{"allowCustomerToPurchase":true}' >/dev/null

# The partner's prices: 8 % over list, and a negotiated price for one GPU reservation.
api PUT /v1/pricelist '{"markupPercent":8,"overrides":[{"skuId":"DZH318Z0BQ43:0001","term":"P1Y","unitPrice":2950.00}]}' >/dev/null

# Contoso's Owner buys two reservations on the partner's bill, as Partner Center does it: a cart, then its
# checkout (two billing cycles, so two orders); the partner buys one for Contoso too, with Partner Center's
# order body.
# (catalogItemId / offerId = productId:skuId:term, docs/adr/0016-orders-and-carts-on-partner-centers-wire.md)
item() { # CATALOG_ITEM_ID QUANTITY DURATION SCOPE BILLING_CYCLE
  echo "{\"catalogItemId\":\"$1\",\"quantity\":$2,\"billingCycle\":\"$5\",\"provisioningContext\":{\"subscriptionId\":\"$plan\",\"scope\":\"$4\",\"duration\":\"$3\",\"autoRenew\":\"true\"}}"
}
ADA="$("$ROOT/cspdesk" token --role CustomerUser --upn ada@contoso-demo.onmicrosoft.com --tenant "$c" 2>/dev/null | tail -1)"
cart="$(AS_TOKEN="$ADA" api POST "/v1/customers/$c/carts" "{\"lineItems\":[$(item DZH318Z0BQ3S:0001:P1Y 4 1Year shared monthly),$(item DZH318Z0BQ3Z:0002:P3Y 2 3Years single one_time)]}" | id_of)"
[ -n "$cart" ] || { echo "demo data: the cart was refused" >&2; exit 1; }
AS_TOKEN="$ADA" api POST "/v1/customers/$c/carts/$cart/checkout" >/dev/null
api POST "/v1/customers/$c/orders" "{\"billingCycle\":\"monthly\",\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"DZH318Z0BQ43:0001:P1Y\",\"quantity\":1,\"provisioningContext\":{\"subscriptionId\":\"$plan\",\"scope\":\"shared\",\"duration\":\"1Year\",\"autoRenew\":\"true\"}}]}" >/dev/null

# The partner has since turned Contoso's switch off again (Delete Customer Purchase Permissions in the activity
# log): what Contoso bought stays, and turning it on from the Account page is the first thing to try.
api PUT "/v1/customers/$c/permissions/azureReservations" '{"allowCustomerToPurchase":false}' >/dev/null

# An Azure plan but no Owner yet: the switch is refused until one is assigned.
f="$(customer fabrikam-demo.onmicrosoft.com 'Fabrikam')"
buy "$f" DZH318Z0BPS6:0001 'Fabrikam dev' 1 >/dev/null
user "$f" grace fabrikam-demo.onmicrosoft.com >/dev/null

# Licenses only: no Azure subscription at all.
n="$(customer northwind-demo.onmicrosoft.com 'Northwind Traders')"
buy "$n" CFQ7TTC0LCHC:0002 'Northwind Business Premium' 20 >/dev/null
user "$n" linus northwind-demo.onmicrosoft.com >/dev/null

# A suspended Azure plan with an Owner: does not count until reactivated.
t="$(customer tailspin-demo.onmicrosoft.com 'Tailspin Toys')"
tplan="$(buy "$t" DZH318Z0BPS6:0001 'Tailspin (suspended)' 1)"
assign "$t" "$tplan" "$(user "$t" alan tailspin-demo.onmicrosoft.com)" Owner
api PATCH "/v1/customers/$t/subscriptions/$tplan" '{"status":"suspended"}' >/dev/null

echo "demo data: loaded 4 customers (Contoso: ready to be switched on, 3 reservations, 2 bought by its Owner ada while it was on; Fabrikam: no Owner; Northwind: licenses only; Tailspin: suspended plan)"
