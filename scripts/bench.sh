#!/usr/bin/env bash
# Load figures at scale. Generates (or reuses) an organisation with `stride generate`, starts a
# release server on it, and measures every main path with wrk through scripts/bench.py: req/s,
# p50, p99, non-2xx, each as a ratio to /healthz and /readyz of the same run, the server's peak
# memory, the CSV export of all staff, and the staff CSV import against sqlite3's `.import`.
#
#     scripts/bench.sh [--staff N] [--seconds S] [--db sqlite|postgres] [--connections "16 64"]
#                      [--seed S] [--json FILE]
#
# Defaults: 100,000 staff, 10 s per path, SQLite, 16 and 64 connections, seed 1,
# bench/results/latest.json. Generated organisations are kept in .build-bench/ and reused.
# PostgreSQL: the server named by DATABASE_URL (its database is replaced by stride_bench_N_S),
# or, without DATABASE_URL, a throwaway cluster on a free loopback port.
# STRIDE_BENCH_BINARY=path skips the release build (CI proves the script runs with a debug one).
# Needs wrk and sqlite3 (installed from Debian's packages when missing). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
STAFF=100000 SECONDS_PER_PATH=10 DB=sqlite CONNECTIONS="16 64" SEED=1 JSON=bench/results/latest.json
while [ $# -gt 0 ]; do
  case "$1" in
    --staff) STAFF=$2; shift 2 ;;
    --seconds) SECONDS_PER_PATH=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --json) JSON=$2; shift 2 ;;
    *) echo "bench.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
done
case "$DB" in sqlite|postgres) ;; *) echo "bench.sh: --db is sqlite or postgres" >&2; exit 2 ;; esac
for tool in wrk sqlite3; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
[ -n "${STRIDE_BENCH_BINARY:-}" ] || swift build -c release --product stride >/dev/null
BIN=${STRIDE_BENCH_BINARY:-$PWD/.build/release/stride}
CACHE=$PWD/.build-bench
WORK=$(mktemp -d)
mkdir -p "$CACHE"
free_port() {
  python3 -c 'import socket,sys
for port in range(int(sys.argv[1]), int(sys.argv[1]) + 50):
    with socket.socket() as s:
        try: s.bind(("127.0.0.1", port)); print(port); break
        except OSError: pass' "$1"
}
PORT=$(free_port "${STRIDE_BENCH_PORT:-8899}")
SERVER="" PGDATA=""
finish() {
  [ -z "$SERVER" ] || { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
  if [ -n "$PGDATA" ]; then su postgres -s /bin/bash -c "'$PGBIN/pg_ctl' -D '$PGDATA' -m fast stop" >/dev/null 2>&1 || true; rm -rf "$PGDATA"; fi
  rm -rf "$WORK"
}
trap finish EXIT
# As in production (request logs at debug, bcrypt's full cost), over plain HTTP on loopback, with
# no API rate limit (one token makes every API request here).
export STRIDE_SECURE_COOKIES=false STRIDE_API_RATE_LIMIT=0
GENERATED=""
if [ "$DB" = sqlite ]; then
  unset DATABASE_URL
  ORG="$CACHE/org-$STAFF-seed$SEED.sqlite"
  if [ ! -f "$ORG" ]; then
    echo "== generating $STAFF staff (seed $SEED) into $ORG"
    start=$(date +%s.%N)
    STRIDE_DB_PATH="$ORG.part" "$BIN" generate --staff "$STAFF" --seed "$SEED" --env production | tail -n 7
    GENERATED=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
    sqlite3 "$ORG.part" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    mv "$ORG.part" "$ORG"; rm -f "$ORG.part-wal" "$ORG.part-shm"
  fi
  # The run writes (sign-ins, form saves): it works on a copy.
  cp "$ORG" "$WORK/bench.sqlite"
  export STRIDE_DB_PATH="$WORK/bench.sqlite"
  query() { sqlite3 "$STRIDE_DB_PATH" "$1"; }
  IMPORT_URL=""
else
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "${DATABASE_URL:-}" ]; then
    [ -n "$PGBIN" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); }
    PGPORT=$(free_port 55532)
    PGDATA=$(mktemp -d /tmp/stride-bench-pg.XXXXXX)
    chown postgres "$PGDATA"
    su postgres -s /bin/bash -c "'$PGBIN/initdb' -D '$PGDATA' -A trust -U postgres --no-sync" >/dev/null
    su postgres -s /bin/bash -c "'$PGBIN/pg_ctl' -D '$PGDATA' -l '$PGDATA/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $PGPORT -k '$PGDATA'\" start" >/dev/null
    DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
  fi
  SERVER_URL=${DATABASE_URL%/*}
  NAME="stride_bench_${STAFF}_$SEED"
  psql_on() { "$PGBIN/psql" "$SERVER_URL/$1" -qAt -c "$2"; }
  if [ "$(psql_on postgres "SELECT 1 FROM pg_database WHERE datname = '$NAME'")" != 1 ] \
     || [ "$(psql_on "$NAME" "SELECT COUNT(*) FROM staff_members" 2>/dev/null)" != "$STAFF" ]; then
    psql_on postgres "DROP DATABASE IF EXISTS $NAME" && psql_on postgres "CREATE DATABASE $NAME"
    echo "== generating $STAFF staff (seed $SEED) into $NAME"
    start=$(date +%s.%N)
    DATABASE_URL="$SERVER_URL/$NAME" "$BIN" generate --staff "$STAFF" --seed "$SEED" --env production | tail -n 7
    GENERATED=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
  fi
  export DATABASE_URL="$SERVER_URL/$NAME"
  query() { psql_on "$NAME" "$1"; }
  psql_on postgres "DROP DATABASE IF EXISTS stride_bench_import" && psql_on postgres "CREATE DATABASE stride_bench_import"
  IMPORT_URL="$SERVER_URL/stride_bench_import"
fi
# A reused organisation may predate this version's migrations.
"$BIN" migrate --yes --env production >/dev/null
# The day's reminders are sent before measuring, as a day's would be: else the first server start
# sends a new organisation's whole backlog while the paths are measured.
"$BIN" remind --env production >/dev/null
HR=$(query "SELECT email FROM staff_members WHERE staff_number = 'G000002'")
BOARD=$(query "SELECT email FROM staff_members WHERE staff_number = 'G000003'")
"$BIN" serve --port "$PORT" --env production > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "bench.sh: the server did not start:" >&2; tail -n 20 "$WORK/server.log" >&2; exit 1; }
# shellcheck disable=SC2086
python3 scripts/bench.py "http://127.0.0.1:$PORT" --binary "$BIN" --staff "$STAFF" --db "$DB" --pid "$SERVER" \
  --hr "$HR" --board "$BOARD" --seconds "$SECONDS_PER_PATH" --connections $CONNECTIONS --json "$JSON" \
  ${IMPORT_URL:+--import-db-url "$IMPORT_URL"} ${GENERATED:+--generate-seconds "$GENERATED"}
