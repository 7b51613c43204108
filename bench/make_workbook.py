#!/usr/bin/python3
"""Writes bench/data/plan-100k.xlsx: a plan-shaped sheet of 100,000 action rows x 10 columns
(1,000,000 cells) with openpyxl's write-only mode, plus a header row. Deterministic (seeded).
Usage: /usr/bin/python3 bench/make_workbook.py [ROWS]"""
import datetime
import os
import random
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", f"plan-{ROWS // 1000}k.xlsx")
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
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["Ref", "Section", "Action", "Lead Officer", "By when", "RAG", "Progress", "Measure", "Resources", "Notes"])
    base = datetime.date(2017, 9, 1)
    for i in range(ROWS):
        due = WriteOnlyCell(ws, value=base + datetime.timedelta(days=rng.randrange(700))) if i % 3 else rng.choice(DUES)
        ws.append([
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
        ])
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
