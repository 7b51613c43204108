#!/usr/bin/env bash
# Every fuzz target run once on each of its regression files (tests/fuzz/regressions/<target>/:
# what fuzzing found, kept so that it stays fixed) and on its seed corpus (make_seeds.py, from the
# repository's own files). A finding aborts the replayer. Usage: replay_test.sh BUILD/tests/fuzz
set -uo pipefail
shopt -s nullglob
BIN="$(cd "$1" && pwd)"
DIR="$(cd "$(dirname "$0")" && pwd)"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 "$DIR/make_seeds.py" "$TMP/seeds" || { echo "FAIL: make_seeds.py"; exit 1; }
failed=0
for seeds in "$TMP"/seeds/*/; do
  target=$(basename "$seeds")
  inputs=("$seeds")
  [[ -d "$DIR/regressions/$target" ]] && inputs+=("$DIR/regressions/$target")
  if [[ ! -x "$BIN/replay_$target" ]]; then
    echo "FAIL: no replayer for $target in $BIN"; failed=$((failed + 1)); continue
  fi
  if out=$(cd "$TMP" && timeout 240 "$BIN/replay_$target" "${inputs[@]}" 2>&1); then
    echo "ok: $target: $(tail -1 <<<"$out")"
  else
    echo "FAIL: $target:"
    grep -m1 -B2 -A40 -E "ERROR: |runtime error|fuzz finding" <<<"$out" || tail -40 <<<"$out"
    failed=$((failed + 1))
  fi
done
for regressions in "$DIR"/regressions/*/; do
  [[ -d "$TMP/seeds/$(basename "$regressions")" ]] || { echo "FAIL: regressions for an unknown target: $regressions"; failed=$((failed + 1)); }
done
[[ $failed == 0 ]]
