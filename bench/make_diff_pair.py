#!/usr/bin/python3
"""Writes two monthly versions of a 50,000-action plan for the diff benchmark: as .xlsx for
planbridge (openpyxl write-only) and the same rows as CSV for daff (Ref is the key column).
The second month is what a month does to a big plan: 30% of statuses change, half the progress
texts are updated, 2% of actions are reworded, 1% dropped and 1% added mid-section (the
references after an insertion in a section are renumbered, as authors do), a few deadlines slip.
Deterministic (seeded).  Usage: /usr/bin/python3 bench/make_diff_pair.py [ACTIONS]"""
import csv
import os
import random
import sys

from openpyxl import Workbook

ACTIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
rng = random.Random(20171130)
VERBS = ["Review", "Audit", "Agree", "Implement", "Train", "Publish", "Monitor", "Recruit", "Commission", "Develop"]
THINGS = ["strategy meeting timescales", "return home interviews", "pathway plans", "supervision records",
          "the early help offer", "caseload weighting", "SDQ scores", "the QA framework", "CAMHS access", "core groups"]
PLACES = ["in the north locality", "in the south locality", "for children in care", "for care leavers",
          "with health partners", "with schools", "with the police", "across the partnership"]
OWNERS = [f"Service Manager {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
STATUS = ["Red", "Amber", "Green", "Complete", "Not started"]
DUES = ["End Aug 2018", "Spring 2019", "Q3 2018/19", "Ongoing", "TBC", "Jun 2018 – Feb 2019", "Dec 2018", "Mar 2019"]
HEAD = ["Ref", "Section", "Action", "Lead Officer", "By when", "RAG", "Progress"]
PER_SECTION = 100


def action_text(i):
    return f"{rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(PLACES)} (item {i})"


def first_month():
    sections = []
    for s in range(ACTIONS // PER_SECTION):
        rows = []
        for k in range(PER_SECTION):
            i = s * PER_SECTION + k
            rows.append([None, f"Workstream {s + 1}", action_text(i), rng.choice(OWNERS), rng.choice(DUES),
                         rng.choice(STATUS), f"Update {i}: first report."])
        sections.append(rows)
    return sections


def next_month(sections):
    out = []
    added = 0
    for s, rows in enumerate(sections):
        new_rows = []
        for row in rows:
            if rng.random() < 0.01:
                continue  # dropped
            row = list(row)
            if rng.random() < 0.30:
                row[5] = rng.choice([x for x in STATUS if x != row[5]])
            if rng.random() < 0.50:
                row[6] = row[6].split(":")[0] + ": second report, progress made."
            if rng.random() < 0.02:
                row[2] = row[2].replace(" (item", " and report to the board (item")
            if rng.random() < 0.03:
                row[4] = rng.choice([d for d in DUES if d != row[4]])
            new_rows.append(row)
            if rng.random() < 0.01:
                added += 1
                new_rows.append([None, row[1], f"Commission an independent review of placement {added}",
                                 rng.choice(OWNERS), rng.choice(DUES), "Not started", ""])
        out.append(new_rows)
    return out


def number(sections):
    for s, rows in enumerate(sections):
        for k, row in enumerate(rows):
            row[0] = f"{s + 1}.{k + 1}"


def write(stem, sections):
    number(sections)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(HEAD)
    for rows in sections:
        for row in rows:
            ws.append(row)
    wb.save(os.path.join(DATA, stem + ".xlsx"))
    with open(os.path.join(DATA, stem + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        for rows in sections:
            w.writerows(rows)


def main():
    os.makedirs(DATA, exist_ok=True)
    old = first_month()
    new = next_month([[list(r) for r in rows] for rows in old])
    k = ACTIONS // 1000
    write(f"diff-{k}k-old", old)
    write(f"diff-{k}k-new", new)


main()
