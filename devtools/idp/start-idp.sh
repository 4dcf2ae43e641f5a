#!/usr/bin/env bash
# Starts Keycloak as CSP Desk's OpenID Connect provider for development and the integration tests: start-dev
# with an in-memory database, so every start imports the realms of realms/*.json afresh (edits take effect at
# the next start, nothing survives a stop). See README.md.
#
# Usage: start-idp.sh [--wait] [--home KEYCLOAK_HOME] [--port N] [--data DIR] [--pid-file FILE] [--log FILE]
#   --wait      return only once the partner realm's discovery document answers (else at once: Keycloak boots
#               in the background, ~25 s, and its users wait for it)
#   --home      the unpacked keycloak-quarkus-dist (env IDP_KEYCLOAK_HOME)
#   --port      HTTP port on 127.0.0.1; the issuers are http://localhost:PORT/realms/REALM (env IDP_PORT, 8180)
#   --data      this instance's folder: pid file and log unless given (env IDP_DATA, default HOME/cspdesk-idp)
#   --pid-file  env IDP_PID_FILE, default DATA/keycloak.pid (stop-idp.sh takes the same file)
#   --log       env IDP_LOG, default DATA/keycloak.log
# Env: IDP_JAVA_HOME runs Keycloak on that JDK (17 and later); IDP_WAIT_SECONDS (180) bounds --wait.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KC_HOME="${IDP_KEYCLOAK_HOME:-}"
PORT="${IDP_PORT:-8180}"
DATA="${IDP_DATA:-}"
PID_FILE="${IDP_PID_FILE:-}"
LOG="${IDP_LOG:-}"
WAIT=false
WAIT_SECONDS="${IDP_WAIT_SECONDS:-180}"

die() { echo "start-idp: $*" >&2; exit 1; }
usage() { sed -n '6,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --home|--port|--data|--pid-file|--log) [ $# -ge 2 ] || { echo "start-idp: $1 needs a value" >&2; usage; } ;;
  esac
  case "$1" in
    --wait) WAIT=true; shift;;
    --home) KC_HOME="$2"; shift 2;;
    --port) PORT="$2"; shift 2;;
    --data) DATA="$2"; shift 2;;
    --pid-file) PID_FILE="$2"; shift 2;;
    --log) LOG="$2"; shift 2;;
    -h|--help) usage;;
    *) echo "start-idp: unknown argument '$1'" >&2; usage;;
  esac
done

[ -n "$KC_HOME" ] || die "no Keycloak home: --home DIR or IDP_KEYCLOAK_HOME (the unpacked keycloak-quarkus-dist)"
[ -x "$KC_HOME/bin/kc.sh" ] || die "$KC_HOME/bin/kc.sh is missing: not an unpacked keycloak-quarkus-dist"
if ! [[ "$PORT" =~ ^[0-9]+$ ]] || [ "$PORT" -lt 1 ] || [ "$PORT" -gt 65535 ]; then die "bad port '$PORT'"; fi
KC_HOME="$(cd "$KC_HOME" && pwd)"
DATA="${DATA:-$KC_HOME/cspdesk-idp}"
PID_FILE="${PID_FILE:-$DATA/keycloak.pid}"
LOG="${LOG:-$DATA/keycloak.log}"
mkdir -p "$DATA" "$(dirname "$PID_FILE")" "$(dirname "$LOG")"
# Keycloak writes its build (lib/quarkus) and data/ into its home; a home unpacked by another user fails late.
[ -w "$KC_HOME" ] && [ -w "$KC_HOME/lib" ] || die "$KC_HOME is not writable by $(id -un): Keycloak writes into its home"

# A Keycloak left over from an earlier run that was interrupted (its pid file is still there) goes first.
if [ -f "$PID_FILE" ]; then "$HERE/stop-idp.sh" --pid-file "$PID_FILE" >&2 || true; fi
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is already in use"; fi

# Keycloak reads the realms to import from its home's data/import only. The folder is emptied first: a realm
# file deleted here must not come back from an old copy.
rm -rf "$KC_HOME/data/import"
mkdir -p "$KC_HOME/data/import"
cp "$HERE"/realms/*.json "$KC_HOME/data/import/"

if [ -n "${IDP_JAVA_HOME:-}" ]; then export JAVA_HOME="$IDP_JAVA_HOME"; fi
# The master realm's administrator (admin console at http://localhost:PORT/admin), development only.
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

# --hostname pins the issuer: without it the issuer follows the Host header (localhost vs 127.0.0.1).
# Output goes to the log and stdin is closed: a caller that waits for our output (Maven's exec plugin) must not
# wait for Keycloak's.
nohup "$KC_HOME/bin/kc.sh" start-dev --db=dev-mem --import-realm \
  --http-host=127.0.0.1 --http-port="$PORT" --hostname="http://localhost:$PORT" \
  </dev/null >"$LOG" 2>&1 &
PID=$!
echo "$PID" > "$PID_FILE"
echo "start-idp: Keycloak $(basename "$KC_HOME") starting on http://localhost:$PORT (pid $PID, log $LOG)"

$WAIT || exit 0

DISCOVERY="http://localhost:$PORT/realms/partner/.well-known/openid-configuration"
started=$SECONDS
while [ $((SECONDS - started)) -lt "$WAIT_SECONDS" ]; do
  if curl -sf -o /dev/null -m 2 "$DISCOVERY"; then
    echo "start-idp: ready after $((SECONDS - started)) s"
    exit 0
  fi
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "start-idp: Keycloak exited before it was ready; the end of $LOG:" >&2
    tail -n 40 "$LOG" >&2 || true
    rm -f "$PID_FILE"
    exit 1
  fi
  sleep 0.5
done
echo "start-idp: Keycloak was not ready after $WAIT_SECONDS s; stopping it. The end of $LOG:" >&2
tail -n 40 "$LOG" >&2 || true
"$HERE/stop-idp.sh" --pid-file "$PID_FILE" >&2 || true
exit 1
