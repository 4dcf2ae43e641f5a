#!/usr/bin/env bash
# Spike: start Keycloak (unpacked by pom.xml) with the realm files in ./import, wait until ready.
# Usage: start-keycloak.sh [dev|optimized]   env: KC_HOME PORT KC_JAVA_HOME LOG PIDFILE EXTRA (e.g. EXTRA=--db=dev-mem)
# optimized mode needs a prior `kc.sh build --db=dev-mem` and EXTRA=--cache=local (else JGroups clustering opens 7800/57800)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=${1:-dev}
KC_HOME=${KC_HOME:-/tmp/keycloak-spike/keycloak-26.7.3}
PORT=${PORT:-18080}
LOG=${LOG:-/tmp/keycloak-spike/kc-$MODE.log}
PIDFILE=${PIDFILE:-/tmp/keycloak-spike/kc.pid}
# a leftover from an earlier, failed run
[ -f "$PIDFILE" ] && PIDFILE="$PIDFILE" "$HERE/stop-keycloak.sh" || true
[ -n "${KC_JAVA_HOME:-}" ] && export JAVA_HOME=$KC_JAVA_HOME
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
mkdir -p "$KC_HOME/data/import"
cp "$HERE"/import/*.json "$KC_HOME/data/import/"
# --hostname pins the issuer (otherwise it follows the Host header: localhost vs 127.0.0.1 give different iss)
COMMON="--http-port=$PORT --http-host=127.0.0.1 --hostname=http://localhost:$PORT --import-realm ${EXTRA:-}"
echo "Keycloak $(basename "$KC_HOME") on: $("${JAVA_HOME:-/usr}/bin/java" -version 2>&1 | head -1)"
t0=$(date +%s.%N)
case $MODE in
  dev)       nohup "$KC_HOME/bin/kc.sh" start-dev $COMMON >"$LOG" 2>&1 & ;;
  optimized) nohup "$KC_HOME/bin/kc.sh" start --optimized $COMMON --http-enabled=true \
               --hostname-strict=false >"$LOG" 2>&1 & ;;
esac
echo $! > "$PIDFILE"
for i in $(seq 1 600); do
  if curl -sf "http://localhost:$PORT/realms/partner/.well-known/openid-configuration" >/dev/null; then
    t1=$(date +%s.%N); echo "READY mode=$MODE after $(echo "$t1 - $t0" | bc) s (pid $(cat "$PIDFILE"))"; exit 0
  fi
  kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { echo "DIED"; tail -30 "$LOG"; exit 1; }
  sleep 0.25
done
echo TIMEOUT; kill -TERM "$(cat "$PIDFILE")" 2>/dev/null; exit 1
