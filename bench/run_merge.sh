#!/usr/bin/env bash
# Merging leads' returns (issue 15): the 50,000-action plan split into its 20 leads' copies
# (2,500 actions each), each copy edited by openpyxl (10% of its rows' progress), then
# `planbridge merge BASE RETURN×20 -o merged.json` timed against importing the same 21 files
# one after the other, interleaved, ROUNDS rounds; and merge's peak memory against one import
# of BASE. Prints best and median of each, and the ratios.
# Usage: bash bench/run_merge.sh [ROUNDS]   (from the source directory, after the test command)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
PB=build/planbridge
DATA=bench/data
BASE=$DATA/plan-50k.xlsx
[[ -f $BASE ]] || /usr/bin/python3 bench/make_workbook.py 50000
RET=$DATA/returns-50k
if [[ ! -f $RET/.done ]]; then
  rm -rf "$RET" && mkdir -p "$RET"
  for c in A B C D E F G H I J K L M N O P Q R S T; do "$PB" split "$BASE" --owner "Service Manager $c" -o "$RET" >/dev/null; done
  /usr/bin/python3 - "$RET" <<'PY'
import os, sys, openpyxl
for f in sorted(os.listdir(sys.argv[1])):
    path = os.path.join(sys.argv[1], f)
    wb = openpyxl.load_workbook(path)
    ws = wb["Actions"]
    t = [c.value for c in ws[4]]
    a, p = t.index("Action") + 1, t.index("Progress") + 1
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, a).value]
    for r in rows[::10]:
        ws.cell(r, p).value = f"Updated in the return {f}, row {r}."
    wb.save(path)
PY
  touch "$RET/.done"
fi
returns=("$RET"/*.xlsx)
measure() {  # measure NAME COMMAND...: appends "seconds peak_kb" to $TMPD/NAME
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$TMPD/t" "$@" >/dev/null 2>&1 || [[ $? == 1 ]]
  cat "$TMPD/t" >>"$TMPD/$name"
}
imports() { for f in "$BASE" "${returns[@]}"; do "$PB" import "$f" --format json -o /dev/null; done; }
TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT
export -f imports
export PB BASE
for ((i = 0; i < ROUNDS; i++)); do
  measure merge "$PB" merge "$BASE" "${returns[@]}" -o "$TMPD/merged.json"
  measure imports bash -c "$(declare -p returns); imports"
  measure base "$PB" import "$BASE" --format json -o /dev/null
done
/usr/bin/python3 - "$TMPD" <<'PY'
import os, statistics, sys
d = sys.argv[1]
runs = {n: [tuple(map(float, l.split())) for l in open(os.path.join(d, n))] for n in ("merge", "imports", "base")}
def s(n): return min(t for t, _ in runs[n]), statistics.median(t for t, _ in runs[n]), max(m for _, m in runs[n]) / 1024
for n in runs:
    best, med, mb = s(n)
    print(f"{n:8} best {best:6.2f} s  median {med:6.2f} s  peak {mb:7.1f} MB")
print(f"merge / the 21 imports: {s('merge')[0] / s('imports')[0]:.2f} best, {s('merge')[1] / s('imports')[1]:.2f} median")
print(f"merge peak / one import of BASE: {s('merge')[2] / s('base')[2]:.2f}")
PY
