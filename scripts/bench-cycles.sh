#!/usr/bin/env bash
# Opening appraisal cycles at scale (issue 15's target: 100,000 staff in under 30 s on SQLite).
# Builds release, imports N generated staff (default 100,000) into a fresh SQLite file, then
# times `stride open-cycles` as of a date, and again to show a second run opens nothing twice.
#
#     scripts/bench-cycles.sh [N] [AS_OF]
#
# Set STRIDE_BENCH_BINARY to use a binary already built. Set DATABASE_URL to measure PostgreSQL
# instead (it is written to).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
AS_OF=${2:-2026-03-01}
[ -n "${STRIDE_BENCH_BINARY:-}" ] || swift build -c release --product stride >/dev/null
BIN=${STRIDE_BENCH_BINARY:-$PWD/.build/release/stride}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export STRIDE_DB_PATH="$WORK/bench.sqlite"
"$BIN" migrate --yes >/dev/null
python3 - "$N" > "$WORK/staff.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type")
for i in range(n):
    supervisor = "" if i == 0 else f"B{(i - 1) // 8:06d}"
    contract = ["regular", "probation", "technical_cooperation"][i % 3]
    print(f"B{i:06d},Person {i},person{i}@bench.example,P{i % 5 + 1},Officer,,{supervisor},202{i % 6}-0{i % 9 + 1}-{i % 28 + 1:02d},{contract}")
PY
"$BIN" import-staff "$WORK/staff.csv" | tail -n 1
for run in "first run" "second run"; do
  echo "== open-cycles as of $AS_OF, $run"
  /usr/bin/time -f "  max RSS %M KiB" "$BIN" open-cycles --as-of "$AS_OF" 2>&1 | grep -E "^Opened|already|^Skipped|^Time|max RSS"
done
