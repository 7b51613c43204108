#!/usr/bin/env bash
# The board workbook (planbridge export), checked by an independent reader: every example plan
# and a spread of fixture plans (Word, Excel, CSV, HTML) are exported with the built-in layout
# and with a council's own, and tests/board/check_board.py (openpyxl) checks each status cell's
# word and colour, the Key and the print set-up. Failures: one-line errors, no file left behind.
# Usage: board_test.sh PLANBRIDGE_BINARY   (run from the source directory)
set -u
PB="$1"
source "$(dirname "$0")/../checks.sh"

actions_in() {  # how many actions import finds in a plan
  "$PB" import "$1" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["actions"]))'
}

check() {  # check PLAN LAYOUT [export options...]
  local plan="$1" layout="$2"
  shift 2
  local out="$TMP/$(basename "$plan").xlsx"
  if ! "$PB" export "$plan" -o "$out" "$@" 2>"$TMP/err"; then
    fail "export $plan: $(cat "$TMP/err")"
    return
  fi
  if /usr/bin/python3 tests/board/check_board.py "$out" "$layout" "$(actions_in "$plan")" >"$TMP/check" 2>&1; then pass; else fail "$(cat "$TMP/check")"; fi
  printed "$out"
}

printed() {  # the workbook prints as a board pack: no clipped text, footers apart (check_print.py)
  if /usr/bin/python3 tests/board/check_print.py "$@" >"$TMP/print" 2>&1; then pass; else fail "$(cat "$TMP/print")"; fi
}

for plan in examples/*.xlsx examples/*.docx examples/*.csv tests/fixtures/bucks-2018.xlsx tests/fixtures/eastmere-2017.docx \
  tests/fixtures/ashvale-2012-lo.html tests/fixtures/harbourside-2018-09.xlsx tests/fixtures/csv-cp1252-semicolon.csv \
  tests/fixtures/long-2019.xlsx tests/fixtures/rbwm-2012.xlsx; do
  check "$plan" templates/layouts/board.xml
done

# A council's own layout: BRAG words and colours, its own column order and sheet names.
cat >"$TMP/brag.xml" <<'XML'
<layout name="brag">
  <statuses>
    <status name="off_track" word="R" fill="#FF0000" meaning="Red"/>
    <status name="at_risk" word="A" fill="#FFBF00" meaning="Amber"/>
    <status name="on_track" word="G" fill="#92D050" meaning="Green"/>
    <status name="complete" word="B" fill="#1F4E79" meaning="Blue: complete"/>
  </statuses>
  <columns>
    <column field="status" title="Status" width="8"/>
    <column field="action" title="What we will do" width="60"/>
    <column field="owner" title="Who" width="20"/>
  </columns>
  <sheets actions="Plan" key="RAG key"/>
</layout>
XML
check examples/west-berkshire-2017-10.xlsx "$TMP/brag.xml:templates/layouts/board.xml" --layout "$TMP/brag.xml"
printed "$TMP/west-berkshire-2017-10.xlsx.xlsx" "RAG key"

# With last month's version: the Changes sheet lists as many changes as diff's JSON counts.
changes_between() {
  "$PB" diff "$1" "$2" --format json | /usr/bin/python3 -c 'import json,sys; s=json.load(sys.stdin)["summary"]; print(s["added"] + s["removed"] + s["changed"])'
}
# Each pair's board pack and its diff workbook print cleanly too.
for pair in "examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx" \
  "tests/fixtures/harbourside-2018-09.xlsx tests/fixtures/harbourside-2018-10.docx" \
  "tests/fixtures/riverbank-2017-11.xlsx tests/fixtures/riverbank-2017-12.xlsx" \
  "tests/fixtures/moorland-2019-03.docx tests/fixtures/moorland-2019-04.docx"; do
  set -- $pair
  out="$TMP/since-$(basename "$2").xlsx"
  if "$PB" export "$2" --since "$1" -o "$out" 2>"$TMP/err" &&
    /usr/bin/python3 tests/board/check_board.py "$out" templates/layouts/board.xml "$(actions_in "$2")" "$(changes_between "$1" "$2")" >"$TMP/check" 2>&1; then
    pass
  else
    fail "export $2 --since $1: $(cat "$TMP/err" "$TMP/check")"
  fi
  printed "$out"
  "$PB" diff "$1" "$2" -o "$TMP/diff-$(basename "$2").xlsx" 2>/dev/null
  printed "$TMP/diff-$(basename "$2").xlsx"
done
# diff --format xlsx: the counts and the Changes sheet (and a workbook only with -o).
"$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx --format xlsx -o "$TMP/changes.xlsx" 2>"$TMP/err"
[[ $? == 1 ]] && /usr/bin/python3 - "$TMP/changes.xlsx" "$(changes_between examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx)" <<'PY' && pass || fail "diff --format xlsx: $(cat "$TMP/err")"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames == ["Summary", "Changes", "Key"], wb.sheetnames
counts = {wb["Summary"].cell(r, 1).value: wb["Summary"].cell(r, 2).value for r in range(5, wb["Summary"].max_row + 1)}
assert counts["Added"] + counts["Removed"] + counts["Changed"] == int(sys.argv[2]), counts
assert "No update this month" in counts and "stale" not in counts, counts  # words, not labels
assert {wb["Changes"].cell(r, 3).value for r in range(5, wb["Changes"].max_row + 1)} <= {"Added", "Removed", "Changed"}
assert wb.properties.title.endswith(": what changed"), wb.properties.title
ws = wb["Changes"]
assert sum(1 for r in range(5, ws.max_row + 1) if ws.cell(r, 3).value) == int(sys.argv[2])
PY
"$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx --format xlsx >/dev/null 2>"$TMP/err"
[[ $? == 2 ]] && pass || fail "diff --format xlsx without -o: want exit 2"

# A lead's edits, made with openpyxl (another writer): a status and a progress text changed, a
# row added at the end. Read back: those edits, a new action, and everything else as it was.
"$PB" import examples/west-berkshire-2017-10.xlsx -o "$TMP/before.json" 2>/dev/null
"$PB" export examples/west-berkshire-2017-10.xlsx -o "$TMP/to-edit.xlsx" 2>/dev/null
/usr/bin/python3 - "$TMP/to-edit.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Actions"]
titles = [c.value for c in ws[4]]
status, progress, action = titles.index("Status") + 1, titles.index("Progress") + 1, titles.index("Action") + 1
first = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, action).value)
ws.cell(first, status).value = "Red"
ws.cell(first, progress).value = "Edited by the lead: now blocked."
ws.cell(ws.max_row + 1, action).value = "A new action the lead added"
wb.save(sys.argv[1])
PY
"$PB" import "$TMP/to-edit.xlsx" -o "$TMP/after.json" 2>"$TMP/err"
/usr/bin/python3 - "$TMP/before.json" "$TMP/after.json" <<'PY' && pass || fail "edited workbook read back wrong: $(cat "$TMP/err")"
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:3])
b, a = before["actions"], after["actions"]
assert len(a) == len(b) + 1, (len(a), len(b))
assert a[0]["status"] == "off_track" and a[0]["progress"] == "Edited by the lead: now blocked.", a[0]
assert a[0]["key"] == b[0]["key"] and a[0]["origin"] == b[0]["origin"] and a[0]["action"] == b[0]["action"]
assert a[1:-1] == b[1:], "the actions not edited changed"
assert a[-1]["action"] == "A new action the lead added" and a[-1]["key"] not in {x["key"] for x in b}
for field in ("title", "as_of", "recommendations", "extra_columns"):
    assert after[field] == before[field], field
# The source is the copy read; the file it was exported from is kept beside it.
assert after["source"] == {"file": "to-edit.xlsx", "format": "xlsx", "exported_from": before["source"]["file"]}, after["source"]
assert before["source"]["file"] == "west-berkshire-2017-10.xlsx", before["source"]
PY
# An action whose text the lead reworded keeps its identity (its key) when diff reads the copy
# back through its sink: paired by key, reported as reworded.
/usr/bin/python3 - "$TMP/to-edit.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Actions"]
titles = [c.value for c in ws[4]]
action = titles.index("Action") + 1
first = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, action).value)
ws.cell(first, action).value = "Entirely new wording the lead gave this action"
wb.save(sys.argv[1])
PY
"$PB" diff examples/west-berkshire-2017-10.xlsx "$TMP/to-edit.xlsx" --format json 2>/dev/null | /usr/bin/python3 -c '
import json, sys
first = next(c for c in json.load(sys.stdin)["changes"] if c["old"] and c["old"]["index"] == 0)
assert first["match"]["method"] == "same_key", first["match"]
assert first["fields"]["action"]["new"] == "Entirely new wording the lead gave this action", first["fields"]
' && pass || fail "a reworded action in a board workbook lost its key through diff"

# diff of a plan against its own board workbook: nothing changed (exit 0).
"$PB" export tests/fixtures/harbourside-2018-10.docx -o "$TMP/own.xlsx" 2>/dev/null
"$PB" diff tests/fixtures/harbourside-2018-10.docx "$TMP/own.xlsx" >/dev/null 2>&1
[[ $? == 0 ]] && pass || fail "diff of a plan against its own board workbook found changes"

# The workbook's XML parts, compared exactly with the reviewed ones (made on 1 Nov 2017, as
# SOURCE_DATE_EPOCH says).
SOURCE_DATE_EPOCH=1509494400 "$PB" export examples/west-berkshire-2017-09.xlsx --profile examples/west-berkshire.profile.xml --as-of 2017-09-30 -o "$TMP/golden.xlsx" &&
  /usr/bin/python3 tests/board/golden_parts.py check "$TMP/golden.xlsx" tests/golden/board-west-berkshire-2017-09 >"$TMP/golden" 2>&1 &&
  pass || fail "$(cat "$TMP/golden")"

# A five-point scale: its words read as five statuses, and a board in the built-in layout or a
# five-point one shows each in its own colour (the built-in lists its two extra ambers only when
# a plan has them).
printf 'Ref,Action,Lead,By when,RAG,Progress\n1.1,Audit core groups,SM A,Mar 2019,Red,x\n1.2,Review plans,SM B,Mar 2019,Amber/Red,x\n1.3,Train staff,SM C,Mar 2019,Amber,x\n1.4,Publish offer,SM D,Mar 2019,Amber/Green,x\n1.5,Monitor,SM E,Mar 2019,Green,x\n1.6,Recruit,SM F,Mar 2019,Complete,x\n' >"$TMP/five.csv"
"$PB" import "$TMP/five.csv" | /usr/bin/python3 -c '
import json, sys
got = [a["status"] for a in json.load(sys.stdin)["actions"]]
assert got == ["off_track", "at_high_risk", "at_risk", "at_low_risk", "on_track", "complete"], got
' && pass || fail "five-point words not read as five statuses"
check "$TMP/five.csv" templates/layouts/board.xml
check "$TMP/five.csv" examples/five-point.layout.xml:templates/layouts/board.xml --layout examples/five-point.layout.xml

# Refused: no -o, and a place that cannot be written (nothing left there, one line, exit 11).
"$PB" export examples/west-berkshire-2017-10.xlsx >/dev/null 2>"$TMP/err"
[[ $? == 2 ]] && pass || fail "export without -o: want the usage exit 2"
"$PB" export examples/west-berkshire-2017-10.xlsx -o "$TMP/no/such/dir/board.xlsx" 2>"$TMP/err"
code=$?
[[ $code == 11 && $(wc -l <"$TMP/err") == 1 && ! -e "$TMP/no" ]] && pass || fail "export to a missing directory: exit $code, $(cat "$TMP/err")"
"$PB" export examples/west-berkshire-2017-10.xlsx -o "$TMP/bad.xlsx" --layout "$TMP/no-such-layout.xml" 2>"$TMP/err"
code=$?
[[ $code != 0 && ! -e "$TMP/bad.xlsx" ]] && pass || fail "export with a missing layout: exit $code, file left: $(ls "$TMP")"

finish "board tests"
