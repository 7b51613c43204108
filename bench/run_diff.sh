#!/usr/bin/env bash
# The diff benchmark (issue 4): two monthly versions of a 50,000-action plan.
#   planbridge: `planbridge diff old.xlsx new.xlsx --format json -o …` — both workbooks imported
#   and diffed, the JSON report written. daff (npm, the best-known table diff): `daff diff --id Ref
#   old.csv new.csv --output …`, the same rows saved as CSV with the reference column as key.
# Each runs ROUNDS times, interleaved; best and median wall time and peak RSS from /usr/bin/time.
# Usage: bash bench/run_diff.sh [ROUNDS]     (from the source directory; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
bash scripts/install-deps.sh
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
command -v node >/dev/null || apt-get install -y -qq nodejs npm >/dev/null
[[ -x bench/node_modules/.bin/daff ]] || (cd bench && npm install --no-audit --no-fund --silent daff@1.4.2 >/dev/null)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target planbridge >/dev/null
[[ -f bench/data/diff-50k-new.csv ]] || /usr/bin/python3 bench/make_diff_pair.py >/dev/null
D=bench/data
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

declare -A CMD=(
  [planbridge]="build/planbridge diff $D/diff-50k-old.xlsx $D/diff-50k-new.xlsx --format json -o $OUT/planbridge.json"
  [daff]="node bench/node_modules/daff/bin/daff.js diff --id Ref --output $OUT/daff.csv $D/diff-50k-old.csv $D/diff-50k-new.csv"
)
ORDER=(planbridge daff)
declare -A TIMES MEM
for ((r = 1; r <= ROUNDS; r++)); do
  for t in "${ORDER[@]}"; do
    # diff(1)-style exit status: 1 means 'changes found', not failure.
    out=$( { /usr/bin/time -f "%e %M" ${CMD[$t]} >/dev/null || true; } 2>&1 | tail -1 )
    TIMES[$t]+="${out% *} "
    MEM[$t]="${out#* }"
  done
done
stats() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f", a[1], a[int((NR+1)/2)]}'; }
echo "| tool | best s | median s | peak RSS MB |"
echo "|---|---|---|---|"
for t in "${ORDER[@]}"; do
  read -r best med <<<"$(stats "${TIMES[$t]}")"
  printf "| %s | %s | %s | %.0f |\n" "$t" "$best" "$med" "$(echo "${MEM[$t]} / 1024" | bc -l)"
done
pb=$(stats "${TIMES[planbridge]}" | cut -d' ' -f1)
daff=$(stats "${TIMES[daff]}" | cut -d' ' -f1)
echo "daff / planbridge time (best): $(echo "$daff / $pb" | bc -l | cut -c1-5)x"
echo "daff / planbridge peak RSS: $(echo "${MEM[daff]} / ${MEM[planbridge]}" | bc -l | cut -c1-5)x"
python3 - "$OUT/planbridge.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print("planbridge found:", ", ".join(f"{k} {v}" for k, v in s.items()))
PY
