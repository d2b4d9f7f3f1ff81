#!/usr/bin/env bash
# Stop what scripts/up.sh started, by PID (never by name: other Prefect processes are left alone).
set -uo pipefail
cd "$(dirname "$0")/.."
for name in worker server; do
  pidfile=".prefect/$name.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped prefect $name (PID $pid)"
  fi
  rm -f "$pidfile"
done
