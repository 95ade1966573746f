#!/usr/bin/env bash
# Prints speed figures for the import paths, on a release build and a fresh SQLite file:
#  - the whole AXELOS document, text to committed rows (the import report's own time), 5 runs
#  - a staff CSV of N people (default 5000) through `stride import-staff`, first import and re-import
# Usage: scripts/benchmark.sh [N]   (set DATABASE_URL to measure PostgreSQL instead; it is written to)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
SEEDS=${STRIDE_SEEDS_DIR:-../shared/seeds}
swift build -c release --product stride >/dev/null
BIN=.build/release/stride
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export STRIDE_DB_PATH="$WORK/bench.sqlite"
"$BIN" migrate --yes >/dev/null

echo "== AXELOS framework import (report time, text to committed rows)"
for run in 1 2 3 4 5; do
  "$BIN" import-framework "$SEEDS/axelos-skills-framework.md" | grep '^Time:' | sed "s/^/  run $run: /"
done

echo "== staff import, $N people"
python3 - "$N" > "$WORK/staff.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type")
for i in range(n):
    supervisor = "" if i == 0 else f"B{(i - 1) // 8:06d}"
    contract = ["regular", "probation", "technical_cooperation"][i % 3]
    print(f"B{i:06d},Person {i},person{i}@bench.example,P{i % 5 + 1},Officer,,{supervisor},2024-01-{i % 28 + 1:02d},{contract}")
PY
for label in "first import" "re-import"; do
  start=$(date +%s.%N)
  "$BIN" import-staff "$WORK/staff.csv" | tail -n 1
  end=$(date +%s.%N)
  python3 -c "print(f'  $label: {($end - $start):.2f} s wall clock')"
done
