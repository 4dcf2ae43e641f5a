#!/usr/bin/env bash
# Stop the Keycloak started by start-keycloak.sh (TERM to kc.sh, which forwards to java), wait for exit.
PIDFILE=${PIDFILE:-/tmp/keycloak-spike/kc.pid}
[ -f "$PIDFILE" ] || { echo "no pidfile"; exit 0; }
P=$(cat "$PIDFILE")
# only signal it if that PID is still a kc.sh or the java that kc.sh exec-ed (guards against PID reuse)
tr "\0" " " < /proc/"$P"/cmdline 2>/dev/null | grep -qE "kc\.sh|kc\.script\.pid=$P " || { rm -f "$PIDFILE"; exit 0; }
kill -TERM "$P" 2>/dev/null || { rm -f "$PIDFILE"; exit 0; }
for i in $(seq 1 150); do kill -0 "$P" 2>/dev/null || { echo "Keycloak $P stopped"; rm -f "$PIDFILE"; exit 0; }; sleep 0.2; done
kill -KILL "$P"; echo "Keycloak $P killed"; rm -f "$PIDFILE"
