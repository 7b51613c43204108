#!/usr/bin/env bash
# The export benchmark (issue 5): the board workbook of a 50,000-action plan (bench/data/
# diff-50k-new.xlsx, made by make_diff_pair.py) written by planbridge, by a bare libxlsxwriter
# program writing the same Actions cells with the same fills, and by python3-xlsxwriter doing
# the same. Each times its writing only (the plan is read first, untimed), ROUNDS times,
# interleaved; best and median seconds, and the ratios the issue sets.
# Usage: bash bench/run_export.sh [ROUNDS]     (from the source directory; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
bash scripts/install-deps.sh
dpkg-query -W -f='${Status}' python3-xlsxwriter 2>/dev/null | grep -q 'install ok installed' || apt-get install -y -qq python3-xlsxwriter >/dev/null
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target bench_export >/dev/null
[[ -f bench/data/diff-50k-new.xlsx ]] || /usr/bin/python3 bench/make_diff_pair.py >/dev/null
PLAN=bench/data/diff-50k-new.xlsx
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
build/bench/bench_export dump "$PLAN" "$OUT/cells.json" >/dev/null
declare -A T MEM
for ((r = 1; r <= ROUNDS; r++)); do
  for tool in planbridge bare python3-xlsxwriter; do
    if [[ $tool == python3-xlsxwriter ]]; then line=$(/usr/bin/python3 bench/bench_xlsxwriter.py "$OUT/cells.json" "$OUT/py.xlsx")
    else line=$(build/bench/bench_export "$tool" "$PLAN" "$OUT/$tool.xlsx"); fi
    read -r _ secs _ mb _ <<<"$line"
    T[$tool]+="$secs "
    MEM[$tool]=$mb
  done
done
stats() { tr ' ' '\n' <<<"${T[$1]}" | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f", a[1], a[int((NR+1)/2)]}'; }
echo "| writer | best s | median s | peak RSS MB (whole process) |"
echo "|---|---|---|---|"
for tool in planbridge bare python3-xlsxwriter; do
  read -r best med <<<"$(stats "$tool")"
  echo "| $tool | $best | $med | ${MEM[$tool]} |"
done
read -r pb pbm <<<"$(stats planbridge)"
read -r bare barem <<<"$(stats bare)"
read -r py pym <<<"$(stats python3-xlsxwriter)"
echo "planbridge / bare libxlsxwriter (best, median): $(echo "$pb / $bare" | bc -l | cut -c1-4)x, $(echo "$pbm / $barem" | bc -l | cut -c1-4)x   (target: at most 1.5x)"
echo "python3-xlsxwriter / planbridge (best, median): $(echo "$py / $pb" | bc -l | cut -c1-4)x, $(echo "$pym / $pbm" | bc -l | cut -c1-4)x   (target: at least 2x)"
