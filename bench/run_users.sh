#!/usr/bin/env bash
# What users run, end to end, interleaved with the peers and the machine's floors (issue 17).
# Every command is a whole process, timed by /usr/bin/time; each round runs them all in turn, so
# a noisy moment hits all alike. ROUNDS rounds (default 5); best and median wall time and the
# highest peak RSS, then each ratio against its target and the diff's counts against the truth.
#   import   planbridge import plan-50k.xlsx --format json / --format csv -o …
#            openpyxl read-only (bench_openpyxl.py), SheetJS (bench_sheetjs.js),
#            floors: a bare libxml2 SAX walk of the sheet (sax_floor.c), inflating it (unzip -p)
#   diff     planbridge diff old.xlsx new.xlsx --format json -o … (the pair make_diff_pair.py
#            writes, with its truth), daff keyed on Ref over the same rows as CSV,
#            floor: both sheets SAX-walked at once (diff_floor.sh)
#   export   planbridge export new.xlsx -o board.xlsx, a bare libxlsxwriter program writing the
#            same Actions cells and fills (bench_export bare: reads the plan as planbridge does,
#            then writes), python3-xlsxwriter from the same cells, floor: gzip -1 of all the
#            XML planbridge's export wrote (what deflating the package costs at the least)
# Usage: bash bench/run_users.sh [ROUNDS]     (from the source directory; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
source bench/timing.sh
bench_setup
dpkg-query -W -f='${Status}' python3-xlsxwriter 2>/dev/null | grep -q 'install ok installed' || apt-get install -y -qq python3-xlsxwriter >/dev/null
[[ -d bench/node_modules/xlsx ]] || (cd bench && npm install --no-audit --no-fund --silent xlsx@0.18.5 >/dev/null)
[[ -x bench/node_modules/.bin/daff ]] || (cd bench && npm install --no-audit --no-fund --silent daff@1.4.2 >/dev/null)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target planbridge bench_export >/dev/null
cc -O2 bench/sax_floor.c $(pkg-config --cflags --libs libxml-2.0 libzip) -o build/sax_floor
D=bench/data
[[ -f $D/plan-50k.xlsx ]] || /usr/bin/python3 bench/make_workbook.py 50000 >/dev/null
[[ -f $D/diff-50k-truth.json ]] || /usr/bin/python3 bench/make_diff_pair.py >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
build/bench/bench_export dump $D/diff-50k-new.xlsx "$OUT/cells.json" >/dev/null
build/planbridge export $D/diff-50k-new.xlsx -o "$OUT/board.xlsx"
unzip -p "$OUT/board.xlsx" '*.xml' >"$OUT/written.xml"  # every XML part the export wrote, one after another

declare -A CMD=(
  [import-json]="build/planbridge import $D/plan-50k.xlsx --format json -o $OUT/plan.json"
  [import-csv]="build/planbridge import $D/plan-50k.xlsx --format csv -o $OUT/plan.csv"
  [openpyxl]="/usr/bin/python3 bench/bench_openpyxl.py $D/plan-50k.xlsx"
  [sheetjs]="node bench/bench_sheetjs.js $D/plan-50k.xlsx"
  [sax-walk]="build/sax_floor $D/plan-50k.xlsx"
  [inflate]="unzip -p $D/plan-50k.xlsx xl/worksheets/sheet1.xml"
  [diff]="build/planbridge diff $D/diff-50k-old.xlsx $D/diff-50k-new.xlsx --format json -o $OUT/diff.json"
  [daff]="node bench/node_modules/daff/bin/daff.js diff --id Ref --output $OUT/daff.csv $D/diff-50k-old.csv $D/diff-50k-new.csv"
  [diff-floor]="bash bench/diff_floor.sh $D/diff-50k-old.xlsx $D/diff-50k-new.xlsx"
  [export]="build/planbridge export $D/diff-50k-new.xlsx -o $OUT/export.xlsx"
  [bare-libxlsxwriter]="build/bench/bench_export bare $D/diff-50k-new.xlsx $OUT/bare.xlsx"
  [python3-xlsxwriter]="/usr/bin/python3 bench/bench_xlsxwriter.py $OUT/cells.json $OUT/py.xlsx"
  [gzip-written]="gzip -1 -c $OUT/written.xml"
)
ORDER=(import-json import-csv openpyxl sheetjs sax-walk inflate diff daff diff-floor export bare-libxlsxwriter python3-xlsxwriter gzip-written)
time_rounds
print_table

# ratio NAME A B: A's time over B's, best against best and median against median.
ratio() {
  read -r ab am <<<"$(stats "$1")"
  read -r bb bm <<<"$(stats "$2")"
  printf "%.2f %.2f" "$(echo "$ab / $bb" | bc -l)" "$(echo "$am / $bm" | bc -l)"
}
verdict() { if (( $(echo "$1" | bc -l) )); then echo "met"; else echo "NOT MET"; fi; }
echo
echo "| target | best | median | met? |"
echo "|---|---|---|---|"
read -r b m <<<"$(ratio openpyxl import-json)"; echo "| import → JSON ≥ 10× faster than openpyxl read-only | ${b}× | ${m}× | $(verdict "$m >= 10") |"
read -r b m <<<"$(ratio import-json sax-walk)"; echo "| import → JSON ≤ 1.5× the SAX walk | ${b}× | ${m}× | $(verdict "$m <= 1.5") |"
read -r b m <<<"$(ratio import-json import-csv)"; echo "| import → JSON ≤ 1.3× import → CSV | ${b}× | ${m}× | $(verdict "$m <= 1.3") |"
read -r b m <<<"$(ratio daff diff)"; echo "| diff ≥ 20× faster than daff | ${b}× | ${m}× | $(verdict "$m >= 20") |"
mem=$(echo "${MEM[daff]} / ${MEM[diff]}" | bc -l); printf "| diff ≤ 1/20 of daff's peak memory | 1/%.1f | | %s |\n" "$mem" "$(verdict "$mem >= 20")"
read -r b m <<<"$(ratio export bare-libxlsxwriter)"; echo "| export ≤ 1.3× the bare libxlsxwriter program | ${b}× | ${m}× | $(verdict "$m <= 1.3") |"
echo
/usr/bin/python3 - "$OUT/diff.json" "$D/diff-50k-truth.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
t = json.load(open(sys.argv[2]))
got = {"added": s["added"], "removed": s["removed"], "status_changed": s["status_improved"] + s["status_worsened"],
       "due_changed": s["deadline_slipped"] + s["deadline_brought_forward"], "renumbered": s["renumbered"],
       "reworded": s["reworded"], "progress_updated": s["progress_updated"]}
bad = [k for k in got if got[k] != t[k]]
print("diff counts against the generator's truth:", ", ".join(f"{k} {got[k]}/{t[k]}" for k in got), "—", "exact" if not bad else "WRONG: " + ", ".join(bad))
PY
