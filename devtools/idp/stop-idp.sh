#!/usr/bin/env bash
# Stops the Keycloak that start-idp.sh started and waits until it has exited. Succeeds when nothing runs.
# Usage: stop-idp.sh [--pid-file FILE]   (env IDP_PID_FILE; the file start-idp.sh wrote)
set -euo pipefail

PID_FILE="${IDP_PID_FILE:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --pid-file) [ $# -ge 2 ] || { echo "stop-idp: --pid-file needs a value" >&2; exit 2; }; PID_FILE="$2"; shift 2;;
    *) echo "stop-idp: unknown argument '$1' (usage: stop-idp.sh [--pid-file FILE])" >&2; exit 2;;
  esac
done
[ -n "$PID_FILE" ] || { echo "stop-idp: no pid file: --pid-file FILE or IDP_PID_FILE" >&2; exit 2; }
[ -f "$PID_FILE" ] || { echo "stop-idp: not running (no $PID_FILE)"; exit 0; }
PID="$(cat "$PID_FILE")"
[[ "$PID" =~ ^[0-9]+$ ]] || { echo "stop-idp: $PID_FILE holds no pid; removed"; rm -f "$PID_FILE"; exit 0; }

cmdline() { { tr '\0' ' ' < "/proc/$1/cmdline"; } 2>/dev/null || true; }
# The pid is kc.sh's. A warm start runs java as kc.sh's child (kc.sh forwards TERM to it); the first start after
# unpacking exec-s java in kc.sh's place once Quarkus has re-augmented. Either way the java carries
# -Dkc.script.pid=PID. A pid that is neither (reused by another program) is left alone.
is_ours() { cmdline "$1" | grep -qE "bin/kc\.sh|-Dkc\.script\.pid=$PID "; }
java_of() {
  local p
  for p in /proc/[0-9]*; do
    if cmdline "${p#/proc/}" | grep -q -- "-Dkc\.script\.pid=$PID "; then echo "${p#/proc/}"; fi
  done
}

if ! is_ours "$PID"; then
  echo "stop-idp: pid $PID is no longer Keycloak; removed $PID_FILE"
  rm -f "$PID_FILE"; exit 0
fi
JAVA_PIDS="$(java_of)"
kill -TERM "$PID" 2>/dev/null || true
for _ in $(seq 1 150); do
  alive=""
  for p in $PID $JAVA_PIDS; do if kill -0 "$p" 2>/dev/null && is_ours "$p"; then alive=1; fi; done
  if [ -z "$alive" ]; then echo "stop-idp: Keycloak (pid $PID) stopped"; rm -f "$PID_FILE"; exit 0; fi
  sleep 0.2
done
for p in $PID $JAVA_PIDS; do if is_ours "$p"; then kill -KILL "$p" 2>/dev/null || true; fi; done
echo "stop-idp: Keycloak (pid $PID) did not stop in 30 s: killed"
rm -f "$PID_FILE"
