#!/usr/bin/env bash
# planbridge merge (issue 15) end to end: the example plan split into leads' copies, two of
# them edited by openpyxl (as Excel would) — one edit they share differently, a conflict —
# one of them saved again by LibreOffice, then merged: the edits taken, the conflict kept with
# both values, the report as text, JSON and the merged workbook's Returns sheet; --prefer
# resolves it; an unreadable return is named and left out (exit 2); last month's copy is stale.
# Usage: merge_test.sh PLANBRIDGE_BINARY   (run from the source directory)
set -u
PB="$1"
source "$(dirname "$0")/../checks.sh"

BASE=examples/west-berkshire-2017-10.xlsx
"$PB" split "$BASE" -o "$TMP/copies" >/dev/null 2>&1 || fail "split"
/usr/bin/python3 - "$TMP" <<'PY'
import sys, openpyxl
tmp = sys.argv[1]
def edit(name, out, changes):
    wb = openpyxl.load_workbook(f"{tmp}/copies/{name}")
    ws = wb["Actions"]
    t = [c.value for c in ws[4]]
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, t.index("Action") + 1).value]
    for k, field, value in changes:
        ws.cell(rows[k], t.index(field) + 1).value = value
    wb.save(f"{tmp}/{out}")
edit("service-manager-caas.xlsx", "caas.xlsx", [(0, "Progress", "CAAS: report now weekly."), (2, "Status", "Red")])
edit("service-manager-localities.xlsx", "localities.xlsx", [(0, "Progress", "Localities: report monthly."), (1, "Progress", "Template in use.")])
PY
mkdir -p "$TMP/lo"
soffice -env:UserInstallation=file://$TMP/lo-profile --headless --convert-to xlsx --outdir "$TMP/lo" "$TMP/localities.xlsx" >/dev/null 2>&1

"$PB" merge "$BASE" "$TMP/caas.xlsx" "$TMP/lo/localities.xlsx" -o "$TMP/merged.xlsx" --report "$TMP/merge.json" >"$TMP/out" 2>"$TMP/err"
code=$?
[[ $code == 1 ]] && grep -q "1 conflict(s)" "$TMP/out" && pass || fail "merge with a conflict: exit $code, $(cat "$TMP/err" "$TMP/out" | head -5)"
/usr/bin/python3 - "$TMP/merge.json" "$TMP/merged.xlsx" "$BASE" "$PB" <<'PY' && pass || fail "merged plan or report wrong"
import json, subprocess, sys, openpyxl
report = json.load(open(sys.argv[1]))
assert not report["clean"] and len(report["conflicts"]) == 1, report["conflicts"]
c = report["conflicts"][0]
assert c["field"] == "progress" and {v["sender"] for v in c["values"]} == {"caas.xlsx", "localities.xlsx"}, c
taken = {(t["field"], t["to"], tuple(t["senders"])) for t in report["taken"]}
assert taken == {("status", "off_track", ("caas.xlsx",)), ("progress", "Template in use.", ("localities.xlsx",))}, taken
assert report["missing"] == [] and report["added"] == [] and report["stale"] == [], report
leads = {m["lead"] for m in report["missing_returns"]}
assert "All Teams" in leads and "Service Manager – CAAS" not in leads, leads
merged = json.loads(subprocess.run([sys.argv[4], "import", sys.argv[2]], capture_output=True, text=True).stdout)["actions"]
base = json.loads(subprocess.run([sys.argv[4], "import", sys.argv[3]], capture_output=True, text=True).stdout)["actions"]
assert len(merged) == len(base)
changed = [(b["key"], f) for b, m in zip(base, merged) for f in ("status", "progress", "owner", "action", "due") if b[f] != m[f]]
assert len(changed) == 2, changed  # the two taken; the conflict keeps the base's value
wb = openpyxl.load_workbook(sys.argv[2])
assert "Returns" in wb.sheetnames
rows = [r for r in wb["Returns"].iter_rows(min_row=5, values_only=True) if r[0]]
assert rows[0][0] == "Conflict" and "caas.xlsx: CAAS: report now weekly." in rows[0][5], rows[0]
assert any(r[0] == "Taken" and r[3] == "status" and r[5] == "Red" for r in rows), rows  # the layout's word
PY
/usr/bin/python3 tests/board/check_print.py "$TMP/merged.xlsx" >"$TMP/print" 2>&1 && pass || fail "$(cat "$TMP/print")"

"$PB" merge "$BASE" "$TMP/caas.xlsx" "$TMP/lo/localities.xlsx" -o "$TMP/preferred.json" --prefer caas.xlsx >/dev/null 2>&1
code=$?
[[ $code == 0 ]] && grep -q "CAAS: report now weekly." "$TMP/preferred.json" && pass || fail "--prefer: exit $code"

# A return that is not a plan is named and left out; the others are merged (exit 2).
printf 'not a plan at all\n' >"$TMP/junk.xlsx"
"$PB" merge "$BASE" "$TMP/caas.xlsx" "$TMP/junk.xlsx" -o "$TMP/partial.xlsx" >/dev/null 2>"$TMP/err"
code=$?
[[ $code == 2 && -s "$TMP/partial.xlsx" ]] && grep -q "junk.xlsx.*(left out of the merge)" "$TMP/err" && pass || fail "unreadable return: exit $code, $(cat "$TMP/err")"

# Last month's version returned against this month's base: stale, its differences not taken.
"$PB" merge "$BASE" examples/west-berkshire-2017-09.xlsx -o "$TMP/stale.json" --report "$TMP/stale-report.json" >/dev/null 2>&1
/usr/bin/python3 - "$TMP/stale-report.json" <<'PY' && pass || fail "stale return not reported"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["stale"]) == 1 and r["stale"][0].startswith("west-berkshire-2017-09.xlsx reports on 2017-09-30"), r["stale"]
assert r["taken"] == [] and r["conflicts"] == [], r
PY
"$PB" merge "$BASE" >/dev/null 2>"$TMP/err"
[[ $? == 2 ]] && grep -q "merge needs BASE and at least one RETURN" "$TMP/err" && pass || fail "merge without returns: $(cat "$TMP/err")"

# Another council's plan as a return is left out (exit 2); two returns from one lead are noted.
"$PB" merge "$BASE" tests/fixtures/bucks-2018.xlsx "$TMP/caas.xlsx" -o "$TMP/other.json" --report "$TMP/other-report.json" >/dev/null 2>&1
code=$?
/usr/bin/python3 - "$TMP/other-report.json" <<'PY' && [[ $code == 2 ]] && pass || fail "another council's plan as a return: exit $code"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["refused"]) == 1 and r["refused"][0].startswith("bucks-2018.xlsx: only 0 of its"), r["refused"]
assert len(r["taken"]) == 2, r["taken"]  # caas.xlsx merged all the same
PY
cp "$TMP/caas.xlsx" "$TMP/caas-again.xlsx"
"$PB" merge "$BASE" "$TMP/caas.xlsx" "$TMP/caas-again.xlsx" -o "$TMP/twice.json" >"$TMP/out" 2>&1
code=$?
[[ $code == 0 ]] && grep -q "caas.xlsx and caas-again.xlsx are from the same lead" "$TMP/out" && pass || fail "two returns from one lead: exit $code, $(cat "$TMP/out" | head -3)"

# A lead who sorted their rows, and one who deleted the hidden identity column: the same edits
# are found (rows paired by identity, else by their text).
/usr/bin/python3 - "$TMP" <<'PY'
import sys, openpyxl
tmp = sys.argv[1]
wb = openpyxl.load_workbook(f"{tmp}/caas.xlsx")
ws = wb["Actions"]
t = [c.value for c in ws[4]]
a = t.index("Action") + 1
rows = [[c.value for c in ws[r]] for r in range(5, ws.max_row + 1) if ws.cell(r, a).value]
for m in list(ws.merged_cells.ranges):  # unmerge the banners, clear, then write the rows sorted by action
    if m.min_row >= 5:
        ws.unmerge_cells(str(m))
for r in range(5, ws.max_row + 1):
    for c in range(1, ws.max_column + 1):
        ws.cell(r, c).value = None
for k, row in enumerate(sorted(rows, key=lambda x: x[a - 1])):
    for c, v in enumerate(row, start=1):
        ws.cell(5 + k, c).value = v
wb.save(f"{tmp}/caas-sorted.xlsx")
wb = openpyxl.load_workbook(f"{tmp}/caas.xlsx")
ws = wb["Actions"]
ws.delete_cols(t.index("planbridge identity") + 1)
wb.save(f"{tmp}/caas-no-identity.xlsx")
PY
for copy in caas-sorted caas-no-identity; do
  "$PB" merge "$BASE" "$TMP/$copy.xlsx" -o "$TMP/$copy-merged.json" --report "$TMP/$copy-report.json" >/dev/null 2>"$TMP/err"
  code=$?
  /usr/bin/python3 - "$TMP/$copy-report.json" <<'PY' && [[ $code == 0 ]] && pass || fail "$copy: exit $code, $(cat "$TMP/err")"
import json, sys
r = json.load(open(sys.argv[1]))
taken = sorted((t["field"], t["to"]) for t in r["taken"])
assert taken == [("progress", "CAAS: report now weekly."), ("status", "off_track")], taken
assert r["conflicts"] == [] and r["added"] == [] and r["missing"] == [], r
PY
done

# The report as a page: conflicts with each sender's value, statuses in the layout's words,
# nothing fetched.
"$PB" merge "$BASE" "$TMP/caas.xlsx" "$TMP/lo/localities.xlsx" -o "$TMP/page.json" --report "$TMP/report.html" >/dev/null 2>&1
/usr/bin/python3 - "$TMP/report.html" <<'PY' && pass || fail "the HTML merge report"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
conflicts = page[page.index('id="conflicts"'):page.index('id="taken"')]
assert "<b>caas.xlsx</b>: CAAS: report now weekly." in conflicts and "<b>localities.xlsx</b>: Localities: report monthly." in conflicts
text = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", page, flags=re.S))
assert "off_track" not in text and "Red" in text, "statuses not in the layout's words"
assert not re.search(r'(src|href)="?https?:', page), "fetches something"
PY

# A column the lead added to their copy is kept and merged under its heading; a password-
# protected return is named and left out.
/usr/bin/python3 - "$TMP" <<'PY'
import sys, openpyxl
tmp = sys.argv[1]
wb = openpyxl.load_workbook(f"{tmp}/caas.xlsx")
ws = wb["Actions"]
t = [c.value for c in ws[4]]
col = len(t) + 1
ws.cell(4, col).value = "Lead's comments"
rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, t.index("Action") + 1).value]
ws.cell(rows[1], col).value = "Need the data team's help."
wb.save(f"{tmp}/caas-comments.xlsx")
PY
"$PB" merge "$BASE" "$TMP/caas-comments.xlsx" tests/fixtures/encrypted-package.xlsx -o "$TMP/comments.json" >/dev/null 2>"$TMP/err"
code=$?
/usr/bin/python3 - "$TMP/comments.json" <<'PY' && [[ $code == 2 ]] && grep -q "encrypted-package.xlsx.*(left out of the merge)" "$TMP/err" && pass || fail "an added column, or a protected return: exit $code, $(cat "$TMP/err")"
import json, sys
plan = json.load(open(sys.argv[1]))
assert "Lead's comments" in plan["extra_columns"], plan["extra_columns"]
assert [a["extra"]["Lead's comments"] for a in plan["actions"] if "Lead's comments" in a["extra"]] == ["Need the data team's help."]
PY

# A lead who types a new action in the open rows under their copy's table: added by the merge.
/usr/bin/python3 - "$TMP" <<'PY'
import sys, openpyxl
tmp = sys.argv[1]
wb = openpyxl.load_workbook(f"{tmp}/copies/service-manager-caas.xlsx")
ws = wb["Actions"]
t = [c.value for c in ws[4]]
a = t.index("Action") + 1
last = max(r for r in range(5, ws.max_row + 1) if ws.cell(r, a).value)
assert not ws.cell(last + 2, a).protection.locked
ws.cell(last + 2, a).value = "Audit the quality of strategy meeting minutes"
ws.cell(last + 2, t.index("Lead") + 1).value = "Service Manager – CAAS"
wb.save(f"{tmp}/caas-new.xlsx")
PY
"$PB" merge "$BASE" "$TMP/caas-new.xlsx" -o "$TMP/new.json" --report "$TMP/new-report.json" >/dev/null 2>"$TMP/err"
code=$?
/usr/bin/python3 - "$TMP/new-report.json" "$TMP/new.json" <<'PY' && [[ $code == 0 ]] && pass || fail "a new action in a copy: exit $code, $(cat "$TMP/err")"
import json, sys
r, plan = (json.load(open(p)) for p in sys.argv[1:3])
assert [a["action"] for a in r["added"]] == ["Audit the quality of strategy meeting minutes"], r["added"]
assert plan["actions"][-1]["action"] == "Audit the quality of strategy meeting minutes"
PY

finish "merge tests"
