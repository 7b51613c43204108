#!/usr/bin/python3
"""Three leads' returned copies of the October plan, and one council spreadsheet edited in
place, for the example of the monthly collection (issue 15). The copies are made by
`planbridge split` and edited with openpyxl, as a lead's Excel would save them:

  service-manager-caas.xlsx        CAAS's copy: a progress note on the action CAAS shares with
                                   Localities, and a status worsened to Red
  service-manager-localities.xlsx  Localities' copy: a different note on that shared action (a
                                   conflict), and progress on another
  service-manager-iyss.xlsx        IYSS's copy of September's plan, sent back in October: stale
  all-teams.xlsx                   the council's own spreadsheet, edited in place by All Teams,
                                   who also wrote on a row led by someone else

Run from the repository:  /usr/bin/python3 examples/returns/make_returns.py build/planbridge
"""
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)


def split(pb, plan, owner, into):
    subprocess.run([pb, "split", os.path.join(EXAMPLES, plan), "--owner", owner, "--return-by", "2017-11-10", "-o", into],
                   check=True, stdout=subprocess.DEVNULL)


def edit_copy(path, changes):
    wb = openpyxl.load_workbook(path)
    ws = wb["Actions"]
    titles = [c.value for c in ws[4]]
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, titles.index("Action") + 1).value]
    for k, field, value in changes:
        ws.cell(rows[k], titles.index(field) + 1).value = value
    wb.save(path)


def main():
    pb = sys.argv[1]
    tmp = tempfile.mkdtemp()
    try:
        split(pb, "west-berkshire-2017-10.xlsx", "Service Manager – CAAS", tmp)
        split(pb, "west-berkshire-2017-10.xlsx", "Service Manager – Localities", tmp)
        split(pb, "west-berkshire-2017-09.xlsx", "Service Manager – IYSS", tmp)
        edit_copy(os.path.join(tmp, "service-manager-caas.xlsx"),
                  [(0, "Progress", "Weekly report now runs from Care Director."), (2, "Status", "Red")])
        edit_copy(os.path.join(tmp, "service-manager-localities.xlsx"),
                  [(0, "Progress", "Localities report monthly to the team managers' meeting."),
                   (1, "Progress", "Supervision template amended; first audit in December.")])
        edit_copy(os.path.join(tmp, "service-manager-iyss.xlsx"), [(0, "Progress", "Barriers identified (September's copy).")])
        for name in ("service-manager-caas.xlsx", "service-manager-localities.xlsx", "service-manager-iyss.xlsx"):
            shutil.copy(os.path.join(tmp, name), os.path.join(HERE, name))
    finally:
        shutil.rmtree(tmp)
    # The council's own workbook, edited in place: All Teams' action, and an action of LSCB's.
    wb = openpyxl.load_workbook(os.path.join(EXAMPLES, "west-berkshire-2017-10.xlsx"))
    ws = wb["Action Plan"]
    for row in ws.iter_rows(min_row=5):
        action, owner, update = row[2], row[4], row[6]
        if action.value == "Ethnicity and diversity training for social workers (where needed)":
            update.value = "Trainer found; sessions booked for January."
        if str(owner.value or "").startswith("LSCB") and action.value and action.value.startswith("Review with LSCB"):
            update.value = "All Teams: LSCB partners now attend."
    wb.save(os.path.join(HERE, "all-teams.xlsx"))


main()
