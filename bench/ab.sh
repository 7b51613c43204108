#!/usr/bin/env bash
# A/B for small speed changes: the diff benchmark with two planbridge binaries, interleaved
# (A B A B …) so the machine's slow moments hit both alike; prints each one's mean and median
# CPU time (user + sys) and wall time. Single wall times on this machine vary by ±10 %, which
# hides a 1–2 % win; the mean of 20 interleaved runs does not.
# Usage: bash bench/ab.sh BINARY_A BINARY_B [RUNS]    (from the source directory)
#   e.g. git worktree add /tmp/base HEAD~1 && cmake -S /tmp/base -B /tmp/base/build -G Ninja \
#        -DCMAKE_BUILD_TYPE=Release && cmake --build /tmp/base/build --target planbridge
#        bash bench/ab.sh /tmp/base/build/planbridge build/planbridge
set -euo pipefail
cd "$(dirname "$0")/.."
A="$1" B="$2" RUNS="${3:-20}"
D=bench/data
[[ -f $D/diff-50k-new.xlsx ]] || /usr/bin/python3 bench/make_diff_pair.py >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for ((r = 1; r <= RUNS; r++)); do
  for side in A B; do
    bin=${!side}
    # '|| true': diff exits 1 when it finds changes.
    { /usr/bin/time -f "$side %e %U %S" "$bin" diff $D/diff-50k-old.xlsx $D/diff-50k-new.xlsx --format json -o "$OUT/out.json" >/dev/null || true; } 2>>"$OUT/times"
  done
done
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for side in A B; do
  wall_median=$(awk -v s=$side '$1 == s { print $2 }' "$OUT/times" | median)
  cpu_median=$(awk -v s=$side '$1 == s { print $3 + $4 }' "$OUT/times" | median)
  awk -v s=$side -v wm="$wall_median" -v cm="$cpu_median" '$1 == s { w += $2; c += $3 + $4; n++ }
    END { printf "%s: wall mean %.3f s, median %.3f; CPU mean %.3f s, median %.3f (%d runs)\n", s, w / n, wm, c / n, cm, n }' "$OUT/times"
done
awk '{ w[$1] += $2; c[$1] += $3 + $4; n[$1]++ }
  END { printf "B / A means: wall %.3f, CPU %.3f\n", (w["B"] / n["B"]) / (w["A"] / n["A"]), (c["B"] / n["B"]) / (c["A"] / n["A"]) }' "$OUT/times"
