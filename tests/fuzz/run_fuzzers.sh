#!/usr/bin/env bash
# Runs the libFuzzer targets (a build with -DPLANBRIDGE_FUZZ=ON, tests/fuzz/README.md) for a fixed
# time each, as many at once as there are cores, each from its seed corpus (make_seeds.py) with
# its dictionary, an RSS limit and a per-input time limit. Fails when any target finds anything;
# the input is kept in the findings folder, to be fixed and then added to regressions/<target>/.
# Usage: run_fuzzers.sh BUILD/tests/fuzz SECONDS [TARGET...]
#   FUZZ_WORK=DIR keeps each target's grown corpus and its findings there between runs.
set -uo pipefail
BIN="$(cd "$1" && pwd)"
SECONDS_EACH="$2"
shift 2
DIR="$(cd "$(dirname "$0")" && pwd)"
WORK="${FUZZ_WORK:-$(mktemp -d)}"
[[ -n "${FUZZ_WORK:-}" ]] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/findings" "$WORK/logs"
/usr/bin/python3 "$DIR/make_seeds.py" "$WORK/seeds" || { echo "FAIL: make_seeds.py"; exit 1; }

# target dictionary max_len (bytes: the budget of item 1 scales with the input; these keep
# each run inside the limits below)
declare -A DICT=([csv]=csv [html]=html [xlsx_package]=spreadsheetml [sheet_xml]=spreadsheetml
  [shared_strings]=spreadsheetml [styles]=spreadsheetml [docx_document]=docx [due_date]=due_date
  [profile_xml]=profile)
declare -A MAX_LEN=([csv]=32768 [html]=32768 [xlsx_package]=307200 [sheet_xml]=131072
  [shared_strings]=65536 [styles]=65536 [docx_document]=131072 [due_date]=256 [profile_xml]=65536)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(csv xlsx_package sheet_xml shared_strings styles docx_document html due_date profile_xml)

# One target: the reading of a ≤ 300 KB input is budgeted at 16-20 MB of cells; 1 GB of RSS
# (with ASan's quarantine) and 10 s for one input are far past what a good reading needs.
fuzz_one() {
  local t="$1"
  mkdir -p "$WORK/corpus/$t"
  (cd "$WORK" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$BIN/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=1024 -max_len="${MAX_LEN[$t]}" \
      -dict="$DIR/dicts/${DICT[$t]}.dict" -artifact_prefix="$WORK/findings/$t-" -print_final_stats=1 \
      "$WORK/corpus/$t" "$WORK/seeds/$t" >"$WORK/logs/$t.log" 2>&1)
  echo $? >"$WORK/logs/$t.rc"
}

running=0
for t in "${targets[@]}"; do
  [[ -x "$BIN/fuzz_$t" && -n "${DICT[$t]:-}" ]] || { echo "FAIL: no fuzz target $t in $BIN"; exit 1; }
  fuzz_one "$t" &
  running=$((running + 1))
  if ((running >= $(nproc))); then wait -n; running=$((running - 1)); fi
done
wait

failed=0
for t in "${targets[@]}"; do
  rc=$(cat "$WORK/logs/$t.rc")
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/logs/$t.log" | grep -o '[0-9]*$')
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$WORK/logs/$t.log" | grep -o '[0-9]*$')
  found=$(find "$WORK/findings" -name "$t-*" | wc -l)
  if [[ $rc == 0 && $found == 0 ]]; then
    echo "ok: $t: ${runs:-?} runs in ${SECONDS_EACH} s (${speed:-?}/s), corpus $(ls "$WORK/corpus/$t" | wc -l) files"
  else
    echo "FAIL: $t: exit $rc, $found finding(s):"
    grep -E 'ERROR|SUMMARY|finding|runtime error|Test unit written' "$WORK/logs/$t.log" | head -8
    failed=$((failed + 1))
  fi
done
if [[ $failed != 0 && -z "${FUZZ_WORK:-}" ]]; then
  rm -rf fuzz-findings && cp -r "$WORK/findings" fuzz-findings && echo "the inputs are kept in $PWD/fuzz-findings"
fi
[[ $failed == 0 ]]
