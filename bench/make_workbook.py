#!/usr/bin/python3
"""Writes bench/data/plan-100k.xlsx: a plan-shaped sheet of 100,000 action rows x 10 columns
(1,000,000 cells) with openpyxl's write-only mode, plus a header row. Deterministic (seeded).
With --shared-strings it writes the same rows with python3-xlsxwriter instead, which keeps text
in a sharedStrings part as Excel does (data/plan-100k-sst.xlsx); Debian's openpyxl 3.0.9 always
stores strings inline.
Usage: /usr/bin/python3 bench/make_workbook.py [ROWS] [--shared-strings]"""
import datetime
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SHARED = "--shared-strings" in sys.argv
ROWS = int(ARGS[0]) if ARGS else 100_000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                   f"plan-{ROWS // 1000}k{'-sst' if SHARED else ''}.xlsx")
rng = random.Random(20171031)
VERBS = ["Review", "Audit", "Agree", "Implement", "Train", "Publish", "Monitor", "Recruit", "Commission", "Develop"]
THINGS = ["strategy meeting timescales", "return home interviews", "pathway plans", "supervision records",
          "the early help offer", "caseload weighting", "SDQ scores", "the QA framework", "CAMHS access", "core groups"]
OWNERS = [f"Service Manager {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
STATUS = ["Red", "Amber", "Green", "Complete", "Not started", "On track"]
DUES = ["End Aug 2017", "Spring 2018", "Q3 2018/19", "Ongoing", "TBC", "Jun 2018 – Feb 2019"]
SECTIONS = [f"Workstream {c}" for c in "ABCDEFGH"]


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if SHARED:
        write_shared_strings()
        return
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["Ref", "Section", "Action", "Lead Officer", "By when", "RAG", "Progress", "Measure", "Resources", "Notes"])
    base = datetime.date(2017, 9, 1)
    for i in range(ROWS):
        due = WriteOnlyCell(ws, value=base + datetime.timedelta(days=rng.randrange(700))) if i % 3 else rng.choice(DUES)
        ws.append(row_values(i, due))
    wb.save(OUT)
    print(OUT)


def row_values(i, due):
    return [
            f"{i // 10 + 1}.{i % 10 + 1}",
            rng.choice(SECTIONS),
            f"{rng.choice(VERBS)} {rng.choice(THINGS)} with partners, action {i}",
            rng.choice(OWNERS),
            due,
            rng.choice(STATUS),
            f"Update {i}: {rng.choice(VERBS).lower()}ed {rng.choice(THINGS)}; next step agreed at board.",
            f"Measure {rng.randrange(50)}: {rng.choice(THINGS)} improved",
            rng.choice(["Staff time", "Grant", "Existing budget", ""]) or None,
            f"note {rng.randrange(1000)}" if rng.random() < 0.5 else None,
        ]


def write_shared_strings():
    import xlsxwriter  # python3-xlsxwriter

    wb = xlsxwriter.Workbook(OUT)
    ws = wb.add_worksheet("Plan")
    date_format = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, ["Ref", "Section", "Action", "Lead Officer", "By when", "RAG", "Progress", "Measure", "Resources", "Notes"])
    base = datetime.date(2017, 9, 1)
    for i in range(ROWS):
        due = base + datetime.timedelta(days=rng.randrange(700)) if i % 3 else rng.choice(DUES)
        for c, v in enumerate(row_values(i, due)):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                ws.write_datetime(i + 1, c, datetime.datetime.combine(v, datetime.time()), date_format)
            else:
                ws.write_string(i + 1, c, v)
    wb.close()
    print(OUT)


if __name__ == "__main__":
    main()
