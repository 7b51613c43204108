#!/usr/bin/env bash
# The diff benchmark (issue 4): two monthly versions of a 50,000-action plan.
#   planbridge: `planbridge diff old.xlsx new.xlsx --format json -o …` — both workbooks imported
#   and diffed, the JSON report written. daff (npm, the best-known table diff): `daff diff --id Ref
#   old.csv new.csv --output …`, the same rows saved as CSV with the reference column as key.
# The floor: bare libzip + libxml2 SAX over both sheet parts at once, nothing built (sax_floor.c).
# Each runs ROUNDS times, interleaved; best and median wall time and peak RSS from /usr/bin/time.
# Usage: bash bench/run_diff.sh [ROUNDS]     (from the source directory; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
source bench/timing.sh
bench_setup
[[ -x bench/node_modules/.bin/daff ]] || (cd bench && npm install --no-audit --no-fund --silent daff@1.4.2 >/dev/null)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target planbridge >/dev/null
cc -O2 bench/sax_floor.c $(pkg-config --cflags --libs libxml-2.0 libzip) -o build/sax_floor
[[ -f bench/data/diff-50k-new.csv ]] || /usr/bin/python3 bench/make_diff_pair.py >/dev/null
D=bench/data
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

declare -A CMD=(
  [planbridge]="build/planbridge diff $D/diff-50k-old.xlsx $D/diff-50k-new.xlsx --format json -o $OUT/planbridge.json"
  # The floor: only unzipping and SAX-parsing the two sheets, at once (as diff reads them), nothing built.
  [floor]="bash bench/diff_floor.sh $D/diff-50k-old.xlsx $D/diff-50k-new.xlsx"
  [daff]="node bench/node_modules/daff/bin/daff.js diff --id Ref --output $OUT/daff.csv $D/diff-50k-old.csv $D/diff-50k-new.csv"
)
ORDER=(planbridge floor daff)
time_rounds
print_table
pb=$(stats planbridge | cut -d' ' -f1)
daff=$(stats daff | cut -d' ' -f1)
echo "daff / planbridge time (best): $(echo "$daff / $pb" | bc -l | cut -c1-5)x"
pb_median=$(stats planbridge | cut -d' ' -f2)
daff_median=$(stats daff | cut -d' ' -f2)
echo "daff / planbridge time (median): $(echo "$daff_median / $pb_median" | bc -l | cut -c1-5)x"
floor=$(stats floor | cut -d' ' -f1)
echo "daff / floor time (best): $(echo "$daff / $floor" | bc -l | cut -c1-5)x  (libzip's zlib + libxml2's push parser, nothing built)"
echo "daff / planbridge peak RSS: $(echo "${MEM[daff]} / ${MEM[planbridge]}" | bc -l | cut -c1-5)x"
python3 - "$OUT/planbridge.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print("planbridge found:", ", ".join(f"{k} {v}" for k, v in s.items()))
PY
