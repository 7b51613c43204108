#!/usr/bin/env bash
# planbridge split (issue 15): a copy per lead, read back by independent readers — openpyxl
# checks each copy's protection (every sheet protected without a password, only status,
# progress and due cells unlocked), the cover's return date, and the status dropdown; an
# openpyxl edit and a LibreOffice round trip read back with exactly those edits.
# Usage: split_test.sh PLANBRIDGE_BINARY   (run from the source directory)
set -u
PB="$1"
source "$(dirname "$0")/../checks.sh"

keys_of() {  # the action keys a plan or copy imports as, sorted
  "$PB" import "$1" 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print("\n".join(sorted(a["key"] for a in json.load(sys.stdin)["actions"])))'
}

for plan in examples/west-berkshire-2017-10.xlsx tests/fixtures/sefton-2017.docx tests/fixtures/middlesbrough-send-2019.xlsx; do
  out="$TMP/copies-$(basename "$plan")"
  if ! "$PB" split "$plan" --by owner -o "$out" --return-by 2017-11-10 >"$TMP/list" 2>"$TMP/err"; then
    fail "split $plan: $(cat "$TMP/err")"
    continue
  fi
  # Every action is in the copy of each of its leads, and in no other.
  "$PB" import "$plan" 2>/dev/null >"$TMP/plan.json"
  /usr/bin/python3 - "$TMP/plan.json" "$out" "$PB" <<'PY' && pass || fail "split $plan: copies hold the wrong actions"
import json, os, subprocess, sys
plan = json.load(open(sys.argv[1]))
copies = {}
for f in sorted(os.listdir(sys.argv[2])):
    got = json.loads(subprocess.run([sys.argv[3], "import", os.path.join(sys.argv[2], f)], capture_output=True, text=True).stdout)
    copies[f] = {a["key"]: a for a in got["actions"]}
every = set().union(*[set(c) for c in copies.values()])
assert every == {a["key"] for a in plan["actions"]}, "an action is in no copy"
for a in plan["actions"]:
    holding = [f for f, c in copies.items() if a["key"] in c]
    assert holding, a
    for f in holding:
        got = copies[f][a["key"]]
        assert (got["action"], got["owner"], got["status"], got["progress"]) == (a["action"], a["owner"], a["status"], a["progress"]), (f, got, a)
PY
  /usr/bin/python3 - "$out" <<'PY' && pass || fail "split $plan: protection or cover wrong"
import os, sys, openpyxl
for f in os.listdir(sys.argv[1]):
    wb = openpyxl.load_workbook(os.path.join(sys.argv[1], f))
    for ws in wb.worksheets:
        assert ws.protection.sheet and not ws.protection.password, (f, ws.title, "not protected, or with a password")
    ws = wb["Actions"]
    titles = [c.value for c in ws[4]]
    editable = {titles.index(t) + 1 for t in ("Status", "Progress", "Due")}
    banners = {r for m in ws.merged_cells.ranges for r in range(m.min_row, m.max_row + 1)}
    action = titles.index("Action") + 1
    rows = [r for r in range(5, ws.max_row + 1) if r not in banners and ws.cell(r, action).value]
    for r in rows:
        for c in range(1, len(titles) + 1):
            assert ws.cell(r, c).protection.locked == (c not in editable), (f, r, titles[c - 1], ws.cell(r, c).protection.locked)
    # Under the table, empty rows open for a new action.
    for r in range(rows[-1] + 1, rows[-1] + 11):
        assert not ws.cell(r, action).protection.locked and ws.cell(r, action).value is None, (f, r)
    assert any(dv.type == "list" for dv in ws.data_validations.dataValidation), (f, "no status dropdown")
    cover = [str(ws_c.value) for row in wb["Cover"].iter_rows() for ws_c in row if ws_c.value]
    assert "Please return by 10 Nov 2017" in cover and any(t.startswith("Your actions: ") for t in cover), (f, cover[:8])
PY
done

# Each copy prints as the board pack does (the cover's instructions included).
for f in "$TMP"/copies-west-berkshire-2017-10.xlsx/*.xlsx; do
  /usr/bin/python3 tests/board/check_print.py "$f" >"$TMP/print" 2>&1 && pass || fail "$(cat "$TMP/print")"
done

# The grouping: names written two ways are one lead; --owner writes that lead's copy only.
"$PB" split examples/west-berkshire-2017-10.xlsx --dry-run >"$TMP/dry" 2>&1
grep -q "service-manager-localities.xlsx *4  Service Manager – Localities  (also written 'Service Manager Localities')" "$TMP/dry" &&
  [[ ! -e copies ]] && pass || fail "dry run: $(cat "$TMP/dry")"
"$PB" split examples/west-berkshire-2017-10.xlsx --owner 'service manager localities' -o "$TMP/one" >/dev/null 2>&1
[[ $(ls "$TMP/one") == service-manager-localities.xlsx ]] && pass || fail "--owner: $(ls "$TMP/one")"
"$PB" split examples/west-berkshire-2017-10.xlsx --owner 'Nobody Atall' -o "$TMP/none" >/dev/null 2>"$TMP/err"
[[ $? == 2 && ! -e "$TMP/none" ]] && grep -q "no action's lead is 'Nobody Atall'; the plan's leads are 'HoS" "$TMP/err" && pass || fail "--owner nobody: $(cat "$TMP/err")"
"$PB" split examples/west-berkshire-2017-10.xlsx >/dev/null 2>"$TMP/err"
[[ $? == 2 ]] && grep -q "split needs -o DIR" "$TMP/err" && pass || fail "split without -o: $(cat "$TMP/err")"

# A lead's edits, by openpyxl as Excel would make them and by LibreOffice saving the copy
# again: read back, exactly those edits and nothing else.
copy="$TMP/copies-west-berkshire-2017-10.xlsx/service-manager-caas.xlsx"
"$PB" import "$copy" >"$TMP/before.json" 2>/dev/null
/usr/bin/python3 - "$copy" "$TMP/edited.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Actions"]
titles = [c.value for c in ws[4]]
first = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, titles.index("Action") + 1).value)
ws.cell(first, titles.index("Status") + 1).value = "Red"
ws.cell(first, titles.index("Progress") + 1).value = "Report delayed by the system upgrade."
wb.save(sys.argv[2])
PY
mkdir -p "$TMP/lo"
soffice -env:UserInstallation=file://$TMP/lo-profile --headless --convert-to xlsx --outdir "$TMP/lo" "$TMP/edited.xlsx" >/dev/null 2>&1
for edited in "$TMP/edited.xlsx" "$TMP/lo/edited.xlsx"; do
  "$PB" import "$edited" >"$TMP/after.json" 2>"$TMP/err"
  /usr/bin/python3 - "$TMP/before.json" "$TMP/after.json" "$edited" <<'PY' && pass || fail "$edited read back wrong: $(cat "$TMP/err")"
import json, sys, openpyxl
before, after = (json.load(open(p))["actions"] for p in sys.argv[1:3])
assert len(before) == len(after)
assert after[0]["status"] == "off_track" and after[0]["progress"] == "Report delayed by the system upgrade.", after[0]
assert after[0]["key"] == before[0]["key"]
assert after[1:] == before[1:], "actions not edited changed"
ws = openpyxl.load_workbook(sys.argv[3])["Actions"]
assert ws.protection.sheet, "protection lost"
PY
done

finish "split tests"
