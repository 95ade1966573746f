#!/usr/bin/env bash
# Load figures at scale: builds a release binary, starts it on a fresh SQLite file with the demo,
# adds 290 units and N generated staff (default 100,000), then measures the main paths with wrk
# as HR, a staff member and the head of the organisation (scripts/bench.py prints the table).
#
#     scripts/bench.sh [N] [--write bench/RESULTS.md]
#
# Needs wrk and sqlite3 (installed from Debian's packages when missing). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
shift || true
for tool in wrk sqlite3; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
done
[ -n "${STRIDE_BENCH_BINARY:-}" ] || swift build -c release --product stride >/dev/null
BIN=${STRIDE_BENCH_BINARY:-$PWD/.build/release/stride}
WORK=$(mktemp -d)
PORT=${STRIDE_BENCH_PORT:-8899}
export STRIDE_DB_PATH="$WORK/bench.sqlite"
# A server left on the port would answer in place of this run's and take its figures.
if curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz"; then
  echo "bench.sh: something already answers on port $PORT; stop it or set STRIDE_BENCH_PORT" >&2
  rm -rf "$WORK"; exit 1
fi
# As in production (request logs at debug, bcrypt's full cost), over plain HTTP on loopback.
export STRIDE_SECURE_COOKIES=false
"$BIN" demo --env production >/dev/null
"$BIN" serve --port "$PORT" --env production > "$WORK/server.log" 2>&1 &
SERVER=$!
# STRIDE_BENCH_KEEP=FILE keeps the loaded database, to measure single paths against it afterwards.
finish() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  if [ -n "${STRIDE_BENCH_KEEP:-}" ]; then sqlite3 "$STRIDE_DB_PATH" ".backup $STRIDE_BENCH_KEEP"; fi
  rm -rf "$WORK"
}
trap finish EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
python3 scripts/bench.py "http://127.0.0.1:$PORT" "$BIN" "$N" --pid "$SERVER" "$@"
