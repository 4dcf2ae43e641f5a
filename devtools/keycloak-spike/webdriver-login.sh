#!/usr/bin/env bash
# Headless auth-code + PKCE login through chromedriver's W3C WebDriver REST API (curl only), then code exchange.
# Needs: chromedriver listening on $WD (e.g. `chromedriver --port=19515 &`), Keycloak on $PORT.
set -euo pipefail
WD=${WD:-http://localhost:19515}; PORT=${PORT:-18080}; USERNAME=${USERNAME:-admin.agent}
KC=http://localhost:$PORT/realms/partner/protocol/openid-connect
V=$(python3 -c 'import secrets;print(secrets.token_urlsafe(48))')
CH=$(printf %s "$V" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')
CB=http://localhost:9/auth/callback
j(){ python3 -c "import sys,json;print(json.load(sys.stdin)$1)"; }
SID=$(curl -s -X POST $WD/session -H 'Content-Type: application/json' -d '{"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"]}}}}' | j '["value"]["sessionId"]')
trap 'curl -s -X DELETE $WD/session/$SID >/dev/null' EXIT
post(){ curl -s -X POST "$WD/session/$SID/$1" -H 'Content-Type: application/json' -d "$2"; }
el(){ post element "{\"using\":\"css selector\",\"value\":\"$1\"}" | j '["value"]["element-6066-11e4-a52e-4f735466cecf"]'; }
post url "{\"url\":\"$KC/auth?client_id=cspdesk&response_type=code&redirect_uri=$CB&scope=openid&code_challenge=$CH&code_challenge_method=S256&state=st1&nonce=n1\"}" >/dev/null
echo "title: $(curl -s $WD/session/$SID/title | j '["value"]')"
post "element/$(el '#username')/value" "{\"text\":\"$USERNAME\"}" >/dev/null
post "element/$(el '#password')/value" "{\"text\":\"$USERNAME-pw\"}" >/dev/null
post "element/$(el '#kc-login')/click" '{}' >/dev/null
sleep 1
URL=$(curl -s $WD/session/$SID/url | j '["value"]'); echo "browser ended at: ${URL:0:90}..."
CODE=$(echo "$URL" | sed 's/.*[?&]code=\([^&]*\).*/\1/')
curl -s -u cspdesk:cspdesk-partner-secret -d grant_type=authorization_code -d code="$CODE" -d redirect_uri=$CB -d code_verifier="$V" $KC/token |
python3 -c '
import sys,json,base64
r=json.load(sys.stdin)
def d(t):
  p=t.split(".")[1]; p+="="*(-len(p)%4); return json.loads(base64.urlsafe_b64decode(p))
x=d(r["id_token"]); print("id_token:",{f:x.get(f) for f in ["iss","aud","roles","nonce","preferred_username"]})'
