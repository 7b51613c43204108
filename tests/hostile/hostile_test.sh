#!/usr/bin/env bash
# The hostile files of issue 18 (rebuilt by make_hostile.py): each ends quickly with its own exit
# code and one line naming the file and the place (or, for the honest big ones, imports), and (in
# an unsanitized build, where time and memory are the program's own) under 5 s and 512 MB.
# Usage: hostile_test.sh PLANBRIDGE [sanitized]
set -uo pipefail
PB="$1"
SANITIZED="${2:-OFF}"
DIR="$(cd "$(dirname "$0")" && pwd)"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The million-row sheet only where time and memory are the program's own (it takes ~5 s to make).
BIG=(); [[ $SANITIZED == ON ]] || BIG=(--big)
/usr/bin/python3 "$DIR/make_hostile.py" "$TMP/files" "${BIG[@]}" || { echo "FAIL: make_hostile.py"; exit 1; }
passed=0 failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
# check FILE EXIT MESSAGE-PART: the file given by name. check_piped: the same file as standard
# input ('import -'), read with the same budget, the message naming standard input.
check() { run_one "$1" "$2" "$3" "$TMP/files/$1" "$TMP/files/$1" ".*/$1"; }
check_piped() { run_one "$1 (piped)" "$2" "$3" - "$TMP/files/$1" "standard input"; }
run_one() {
  local label="$1" want="$2" part="$3" arg="$4" input="$5" named="$6"
  timeout 60 /usr/bin/time -f "%e %M" -o "$TMP/time" "$PB" import "$arg" -o "$TMP/out.json" <"$input" 2>"$TMP/err"
  local rc=$? lines
  lines=$(grep -vc '^$' "$TMP/err")
  read -r secs kb < <(tail -1 "$TMP/time") 2>/dev/null || { secs=?; kb=0; }
  [[ $rc == "$want" ]] || { fail "$label: exit $rc, want $want: $(head -c 300 "$TMP/err")"; return; }
  [[ $lines == 1 ]] && grep -q "^planbridge: $named: .*$part" "$TMP/err" || { fail "$label: message: $(head -c 300 "$TMP/err")"; return; }
  [[ ! -e "$TMP/out.json" ]] || { fail "$label: an output was left"; return; }
  within_limits "$label" "$secs" "$kb" || return
  echo "ok: $label (exit $rc, ${secs} s, ${kb} KB)"
  passed=$((passed + 1))
}
# In an unsanitized build (sanitizers take their own time and memory): under 5 s and 512 MB.
within_limits() {
  [[ $SANITIZED == ON ]] && return 0
  if [[ $3 -ge $((512 * 1024)) ]]; then fail "$1: peak $3 KB"; return 1; fi
  if [[ ${2%%.*} -ge 5 ]]; then fail "$1: took $2 s"; return 1; fi
}
# check_imports FILE SECTION: a big but honest file imports, its one action under SECTION.
check_imports() {
  timeout 60 /usr/bin/time -f "%e %M" -o "$TMP/time" "$PB" import "$TMP/files/$1" -o "$TMP/out.json" 2>"$TMP/err"
  local rc=$?
  read -r secs kb < <(tail -1 "$TMP/time") 2>/dev/null || { secs=?; kb=0; }
  [[ $rc == 0 ]] || { fail "$1: exit $rc: $(head -c 300 "$TMP/err")"; return; }
  /usr/bin/python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["actions"]; assert len(a) == 1 and a[0]["section"] == [sys.argv[2]], (len(a), a[0]["section"][:3])' \
    "$TMP/out.json" "$2" || { fail "$1: not the plan expected"; return; }
  rm -f "$TMP/out.json"
  within_limits "$1" "$secs" "$kb" || return
  echo "ok: $1 (imported, ${secs} s, ${kb} KB)"
  passed=$((passed + 1))
}
check html-rowspans.html 19 "too large to be a plan: its cells would take over"
check xlsx-shared-string.xlsx 19 "sheet 'Plan': too large to be a plan: its cells would take over"
check xlsx-row-999999999.xlsx 19 "sheet 'Plan': too large to be a plan: row 999,999,999 is past the last row"
check xlsx-col-beyond.xlsx 19 "sheet 'Plan': too large to be a plan: column 16,385 is past the last column"
check xlsx-lying-zip.xlsx 7 "xl/worksheets/sheet1.xml: compression ratio exceeds the limit"
check csv-commas.csv 19 "record 2: too large to be a plan: column 16,385"
check csv-newlines.csv 19 "too large to be a plan: row 1,048,577 is past the last row"
check_imports html-banners.html "Theme 59999"
# check_imports_rows FILE ROWS: Excel's largest sheet, a real plan's shape, imports whole: one
# action per row below the header, the last from the last row (CSV: counted without a parser).
check_imports_rows() {
  timeout 60 /usr/bin/time -f "%e %M" -o "$TMP/time" "$PB" import "$TMP/files/$1" -o "$TMP/out.csv" 2>"$TMP/err"
  local rc=$? lines last
  read -r secs kb < <(tail -1 "$TMP/time") 2>/dev/null || { secs=?; kb=0; }
  [[ $rc == 0 ]] || { fail "$1: exit $rc: $(head -c 300 "$TMP/err")"; return; }
  lines=$(wc -l <"$TMP/out.csv")
  last=$(tail -1 "$TMP/out.csv" | tr -d '\r')
  rm -f "$TMP/out.csv"
  [[ $lines == "$2" && $last == *"set $2\",Team manager "*",Plan,1,$2" ]] || { fail "$1: $lines lines, the last: ${last:0:200}"; return; }
  within_limits "$1" "$secs" "$kb" || return
  echo "ok: $1 (imported, ${secs} s, ${kb} KB)"
  passed=$((passed + 1))
}
[[ $SANITIZED == ON ]] || check_imports_rows sheet-1m-rows.xlsx 1048576
check_piped csv-commas.csv 19 "record 2: too large to be a plan: column 16,385"
check_piped html-rowspans.html 19 "too large to be a plan: its cells would take over"
check_piped xlsx-shared-string.xlsx 19 "sheet 'Plan': too large to be a plan: its cells would take over"
echo "hostile files: $passed passed, $failed failed"
[[ $failed == 0 ]]
