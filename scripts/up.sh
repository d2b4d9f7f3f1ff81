#!/usr/bin/env bash
# Start (or reuse) the local Prefect server and the process worker, register extract/extract.
# State lives in .prefect/ (database, logs, PID files). `make stop` undoes it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
STATE=.prefect
mkdir -p "$STATE"
PORT="${PREFECT_PORT:-4200}"
POOL=newsfacts

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
healthy() { python - "$PORT" <<'PY'
import sys, urllib.request
try:
    urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/health", timeout=2)
except Exception:
    sys.exit(1)
PY
}

if alive "$STATE/server.pid" && healthy; then
  echo "prefect server: running (PID $(cat "$STATE/server.pid"))"
else
  if healthy; then
    echo "error: something else answers on 127.0.0.1:$PORT; stop it or set PREFECT_PORT" >&2
    exit 1
  fi
  echo "prefect server: starting on 127.0.0.1:$PORT (log: $STATE/server.log)"
  nohup prefect server start --host 127.0.0.1 --port "$PORT" >"$STATE/server.log" 2>&1 &
  echo $! >"$STATE/server.pid"
  for _ in $(seq 1 120); do healthy && break; sleep 1; done
  healthy || { echo "error: prefect server did not start; see $STATE/server.log" >&2; tail -n 20 "$STATE/server.log" >&2; exit 1; }
fi

prefect work-pool inspect "$POOL" >/dev/null 2>&1 || prefect work-pool create "$POOL" --type process >/dev/null
python -m pipeline.serve deploy

if alive "$STATE/worker.pid"; then
  echo "prefect worker: running (PID $(cat "$STATE/worker.pid"))"
else
  echo "prefect worker: starting on pool $POOL (log: $STATE/worker.log)"
  nohup prefect worker start --pool "$POOL" --type process >"$STATE/worker.log" 2>&1 &
  echo $! >"$STATE/worker.pid"
fi
