#!/usr/bin/env bash
# Stand-in for an integration test: client-credentials token for partner-backend, print iss/aud/azp/roles.
set -euo pipefail
PORT=${PORT:-18080}
T=$(curl -sf -u partner-backend:partner-backend-secret -d grant_type=client_credentials \
  "http://localhost:$PORT/realms/partner/protocol/openid-connect/token")
P=$(printf %s "$T" | sed 's/.*"access_token":"\([^"]*\)".*/\1/' | cut -d. -f2 | tr '_-' '/+')
while [ $(( ${#P} % 4 )) -ne 0 ]; do P="$P="; done
printf %s "$P" | base64 -d | python3 -c 'import sys,json;d=json.load(sys.stdin);r={k:d.get(k) for k in ["iss","aud","azp","roles"]};print("IT check:",r);assert r["roles"]==["AdminAgent"] and r["aud"]=="cspdesk"'
