#!/usr/bin/env bash
# Runs the reading benchmark in one go on this machine and prints a Markdown table.
#   planbridge (bench_read: file → plan model), the bare libxml2 SAX2 floor (sax_floor.c),
#   openpyxl read_only (bench_openpyxl.py), SheetJS (bench_sheetjs.js).
# Each tool runs ROUNDS times, interleaved (so a noisy moment hits all alike); the table shows
# the best and the median wall time and the peak RSS, from /usr/bin/time.
# Two data files: plan-100k.xlsx (inline strings, openpyxl) and plan-100k-sst.xlsx (a
# sharedStrings part, python3-xlsxwriter, as Excel writes). DATA=… picks one.
# Usage: bash bench/run.sh [ROUNDS]     (from the source directory; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
source bench/timing.sh
bench_setup
dpkg -s python3-xlsxwriter >/dev/null 2>&1 || apt-get install -y -qq python3-xlsxwriter >/dev/null
[[ -d bench/node_modules/xlsx ]] || (cd bench && npm install --no-audit --no-fund --silent xlsx@0.18.5 >/dev/null)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target bench_read >/dev/null
cc -O2 bench/sax_floor.c $(pkg-config --cflags --libs libxml-2.0 libzip) -o build/sax_floor
[[ -f bench/data/plan-100k.xlsx ]] || /usr/bin/python3 bench/make_workbook.py >/dev/null
[[ -f bench/data/plan-100k-sst.xlsx ]] || /usr/bin/python3 bench/make_workbook.py --shared-strings >/dev/null

run_one() {
DATA="$1"
echo "### $DATA"

unset CMD
declare -A CMD=(
  [planbridge]="build/bench/bench_read $DATA"
  [sax_floor]="build/sax_floor $DATA"
  [openpyxl]="/usr/bin/python3 bench/bench_openpyxl.py $DATA"
  [sheetjs]="node bench/bench_sheetjs.js $DATA"
)
ORDER=(planbridge sax_floor openpyxl sheetjs)
time_rounds
print_table
pb=$(stats planbridge | cut -d' ' -f1)
for t in sax_floor openpyxl sheetjs; do
  other=$(stats "$t" | cut -d' ' -f1)
  echo "planbridge vs $t (best): $(echo "$pb / $other" | bc -l | cut -c1-5)x the time"
done
build/bench/bench_read "$DATA"
}

for DATA in ${DATA:-bench/data/plan-100k.xlsx bench/data/plan-100k-sst.xlsx}; do run_one "$DATA"; done
