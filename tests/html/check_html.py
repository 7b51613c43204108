#!/usr/bin/python3
"""Checks the HTML diff report as headless Chromium built it (its DOM after the page's script
ran, from chromium --dump-dom), against diff's JSON for the same pair:
- nothing is fetched: no external script, style, image or link;
- what a person reads has no internal names (status_improved, on_track, stale, ...);
- every status is a badge carrying the layout's word, styled with that word's colour;
- the change table has Ref and Lead columns and one row per change the JSON lists (changed,
  added, removed, or flagged), each with its kind and section for the filters;
- 'Read first' lists as many entries as the JSON's exceptions;
- the filters ran: the form is shown, the rows the URL's fragment leaves out are hidden, and the
  count says how many are shown;
- print styles hide the filters and keep the colours.
Usage: check_html.py DOM.html DIFF.json LAYOUT.xml [kind=VALUE | section=VALUE]"""
import html.parser
import json
import re
import sys
import xml.etree.ElementTree as ET

INTERNAL = ["status_improved", "status_worsened", "newly_complete", "newly_off_track", "on_track", "off_track",
            "at_risk", "not_started", "deadline_slipped", "brought_forward", "stale", "newly_overdue", "progress_updated"]


class Dom(html.parser.HTMLParser):
    """The page's visible text, its status badges, change rows, read-first rows and styles."""

    def __init__(self):
        super().__init__()
        self.stack, self.text, self.badges, self.rows, self.first, self.style, self.external = [], [], [], [], [], "", []
        self.headers, self.in_badge, self.in_style, self.in_script, self.section, self.form_hidden = [], None, False, False, None, None
        self.shown_count, self.in_count = "", False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "link", "iframe") and (a.get("src") or a.get("href")):
            self.external.append((tag, a.get("src") or a.get("href")))
        if tag == "style":
            self.in_style = True
        if tag == "script":
            self.in_script = True
        if tag == "section":
            self.section = a.get("id")
        if tag == "form" and a.get("id") == "filters":
            self.form_hidden = "hidden" in a
        if tag == "span" and a.get("id") == "shown-count":
            self.in_count = True
        if tag == "span" and "status" in (a.get("class") or "").split():
            self.in_badge = [c for c in a["class"].split() if c.startswith("s-")][0][2:]
            self.badges.append([self.in_badge, ""])
        if tag == "tr" and "data-kind" in a:
            self.rows.append(a)
        if tag == "tr" and "data-why" in a:
            self.first.append(a)
        if tag == "th" and self.section == "changes":
            self.headers.append("")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag == "script":
            self.in_script = False
        if tag == "span":
            self.in_badge, self.in_count = None, False
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.in_style:
            self.style += data
        elif not self.in_script:
            self.text.append(data)
            if self.in_badge:
                self.badges[-1][1] += data
            if self.in_count:
                self.shown_count += data
            if self.stack and self.stack[-1] == "th" and self.section == "changes" and self.headers:
                self.headers[-1] += data


def fail(message):
    print(f"check_html: {sys.argv[1]}: {message}")
    sys.exit(1)


def expected_first(report):
    n = 0
    for c in report["changes"]:
        flags, fields = c.get("flags", []), c.get("fields", {})
        status = fields.get("status", {})
        n += "newly_off_track" in flags
        n += status.get("direction") == "worsened" and "newly_off_track" not in flags
        n += "newly_overdue" in flags
        n += fields.get("due", {}).get("direction") == "slipped"
        n += "newly_complete" in flags
        n += "stale" in flags
    return n


def main():
    dom_path, report_path, layout_path = sys.argv[1:4]
    wanted = sys.argv[4] if len(sys.argv) > 4 else ""
    dom = Dom()
    dom.feed(open(dom_path, encoding="utf-8").read())
    report = json.load(open(report_path, encoding="utf-8"))
    layout = ET.parse(layout_path).getroot()
    word_fill = {s.get("name"): (s.get("word"), s.get("fill").lstrip("#").upper()) for s in layout.iter("status")}

    if dom.external:
        fail(f"fetches {dom.external}")
    visible = " ".join(dom.text)
    leaked = [w for w in INTERNAL if re.search(rf"\b{w}\b", visible)]
    if leaked:
        fail(f"internal names shown to the reader: {leaked}")
    if not dom.badges:
        fail("no status badges")
    for name, word in dom.badges:
        if name not in word_fill or word.strip() != word_fill[name][0]:
            fail(f"status {name} shown as {word!r}, the layout says {word_fill.get(name)}")
        rule = re.search(rf"\.s-{name}\{{background:#([0-9A-Fa-f]{{6}})", dom.style)
        if not rule or rule.group(1).upper() != word_fill[name][1]:
            fail(f"status {name} not in its layout colour {word_fill[name][1]}")
    for title in ("Ref", "Lead", "Status", "Action"):
        if title not in dom.headers:
            fail(f"the change table has no {title} column (has {dom.headers})")
    listed = [c for c in report["changes"] if c["change"] != "unchanged" or c.get("flags")]
    if len(dom.rows) != len(listed):
        fail(f"{len(dom.rows)} change rows, the JSON lists {len(listed)}")
    kinds = [r["data-kind"] for r in dom.rows]
    if kinds != [c["change"] if c["change"] != "unchanged" else "flagged" for c in listed]:
        fail("the rows' kinds are not the JSON's, in its order")
    if len(dom.first) != expected_first(report):
        fail(f"'Read first' lists {len(dom.first)}, the JSON's exceptions are {expected_first(report)}")
    if dom.form_hidden is not False:
        fail("the filters are hidden: the page's script did not run")
    key, _, value = wanted.partition("=")
    keep = [r for r in dom.rows if not key or (key == "kind" and r["data-kind"] in value.split(",")) or
            (key == "section" and r["data-section"] == value)]
    hidden_wrongly = [r for r in dom.rows if ("hidden" in r) == (r in keep)]
    if hidden_wrongly:
        fail(f"filter {wanted!r}: {len(hidden_wrongly)} rows shown or hidden wrongly")
    if dom.shown_count.strip() != f"{len(keep)} of {len(dom.rows)} shown":
        fail(f"the count says {dom.shown_count!r}, {len(keep)} of {len(dom.rows)} are shown")
    printing = dom.style[dom.style.find("@media print"):]
    if ".filters { display: none; }" not in printing or "print-color-adjust: exact" not in printing:
        fail("no print styles hiding the filters and keeping the colours")
    print(f"check_html: {dom_path}: {len(dom.rows)} rows ({len(keep)} shown by {wanted or 'no filter'}), "
          f"{len(dom.badges)} status badges in their words and colours, {len(dom.first)} to read first")


main()
