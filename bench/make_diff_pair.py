#!/usr/bin/python3
"""Writes two monthly versions of a 50,000-action plan for the diff benchmark, with the truth:
as .xlsx for planbridge (openpyxl write-only), the same rows as CSV for daff (Ref is the key
column), and diff-50k-truth.json (what planbridge's summary must count).

The plan is 500 workstreams of 100 actions, each workstream with its own four leads. Action texts
come from stock phrases ('Review pathway plans with schools'): 800 of them over 50,000 actions,
so every text recurs under many references, as real plans repeat 'Discuss at team manager
training day'. The second month is what a month does: 30% of statuses change, half the progress
texts are updated, 2% of actions are reworded, 3% of deadlines move, 0.5% (250) of actions are
dropped and 250 new ones added mid-workstream, their texts from the same stock, with leads and
deadlines from the same pools; the references after a drop or an insertion are renumbered, as
authors do.

What no reader could tell apart is not generated: an added action never repeats the text of an
action dropped from its own workstream (that is the action kept, renumbered), and never has the
lead and deadline of a dropped action whose text shares a subject or partners with its own (that
is the action moved and reworded). Each case is re-drawn, and the re-draws are counted.
Deterministic (seeded).  Usage: /usr/bin/python3 bench/make_diff_pair.py [ACTIONS]"""
import csv
import json
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
STATUS = ["Red", "Amber", "Green", "Complete", "Not started"]
# Each deadline has its own last day, so a changed deadline is a changed deadline.
DUES = ["End Aug 2018", "Spring 2019", "Q3 2018/19", "Jun 2018 – Feb 2019", "Mar 2019", "Sept 2019", "Q1 2019/20", "End Oct 2018"]
HEAD = ["Ref", "Section", "Action", "Lead Officer", "By when", "RAG", "Progress"]
PER_SECTION = 100
REWORDING = " and report to the board"


class Item:
    def __init__(self, uid, section, text, owner, due, status, progress):
        self.uid, self.section, self.text, self.owner, self.due, self.status, self.progress = uid, section, text, owner, due, status, progress
        self.ref = ""

    def row(self):
        return [self.ref, self.section, self.text, self.owner, self.due, self.status, self.progress]


def stock_text():
    return (rng.choice(VERBS), rng.choice(THINGS), rng.choice(PLACES))


def leads(s):
    return [f"Service Manager {s + 1}{c}" for c in "ABCD"]


def first_month():
    sections, uid = [], 0
    for s in range(ACTIONS // PER_SECTION):
        items = []
        for _ in range(PER_SECTION):
            uid += 1
            items.append(Item(uid, f"Workstream {s + 1}", stock_text(), rng.choice(leads(s)), rng.choice(DUES),
                              rng.choice(STATUS), f"Update {uid}: first report."))
        sections.append(items)
    return sections, uid


def copy_item(it):
    c = Item(it.uid, it.section, it.text, it.owner, it.due, it.status, it.progress)
    return c


def taken_for(added, dropped):
    """Could a reader take this added action for the dropped one, kept or moved?"""
    same_words = added.text == dropped.text
    if same_words and added.section == dropped.section:
        return True
    shares = added.text[1] == dropped.text[1] or added.text[2] == dropped.text[2]
    return shares and added.owner == dropped.owner and added.due == dropped.due


def next_month(sections, uid):
    out, dropped, added, reworded = [], [], [], set()
    for s, items in enumerate(sections):
        new_items = []
        for old in items:
            if rng.random() < 0.005:
                dropped.append(old)
                continue
            it = copy_item(old)
            if rng.random() < 0.30:
                it.status = rng.choice([x for x in STATUS if x != it.status])
            if rng.random() < 0.50:
                it.progress = f"Update {it.uid}: second report, progress made."
            if rng.random() < 0.02:
                it.text = it.text + (REWORDING,)
                reworded.add(it.uid)
            if rng.random() < 0.03:
                it.due = rng.choice([d for d in DUES if d != it.due])
            new_items.append(it)
            if rng.random() < 0.005:
                uid += 1
                new = Item(uid, it.section, stock_text(), rng.choice(leads(s)), rng.choice(DUES), "Not started", "")
                new_items.append(new)
                added.append(new)
        out.append(new_items)
    redraws = 0
    for new in added:
        s = int(new.section.split()[-1]) - 1
        while any(taken_for(new, d) for d in dropped):
            new.text, new.owner, new.due = stock_text(), rng.choice(leads(s)), rng.choice(DUES)
            redraws += 1
    return out, dropped, added, reworded, redraws


def number(sections):
    for s, items in enumerate(sections):
        for k, it in enumerate(items):
            it.ref = f"{s + 1}.{k + 1}"


def text_of(it):
    return " ".join(it.text)


def write(stem, sections):
    number(sections)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(HEAD)
    rows = [[it.ref, it.section, text_of(it), it.owner, it.due, it.status, it.progress] for items in sections for it in items]
    for row in rows:
        ws.append(row)
    wb.save(os.path.join(DATA, stem + ".xlsx"))
    with open(os.path.join(DATA, stem + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        w.writerows(rows)


def truth(old, new, dropped, added, reworded, redraws):
    olds = {it.uid: it for items in old for it in items}
    news = [it for items in new for it in items]
    paired = [(olds[it.uid], it) for it in news if it.uid in olds]
    old_row = {it.uid: i for i, it in enumerate(it for items in old for it in items)}
    return {
        "actions_old": len(olds), "actions_new": len(news),
        "added": len(added), "removed": len(dropped), "paired": len(paired),
        "status_changed": sum(o.status != n.status for o, n in paired),
        "due_changed": sum(o.due != n.due for o, n in paired),
        "reworded": len(reworded),
        "renumbered": sum(o.ref != n.ref for o, n in paired),
        "progress_updated": sum(o.progress != n.progress for o, n in paired),
        "redrawn_added_actions": redraws,
        # [old row, new row] of each true pair, rows counted from 0 below the heading
        "pairs": [[old_row[n.uid], j] for j, n in enumerate(news) if n.uid in olds],
    }


def main():
    os.makedirs(DATA, exist_ok=True)
    old, uid = first_month()
    new, dropped, added, reworded, redraws = next_month(old, uid)
    k = ACTIONS // 1000
    write(f"diff-{k}k-old", old)
    write(f"diff-{k}k-new", new)
    with open(os.path.join(DATA, f"diff-{k}k-truth.json"), "w") as f:
        json.dump(truth(old, new, dropped, added, reworded, redraws), f, indent=1)


main()
