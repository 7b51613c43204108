#!/usr/bin/python3
"""Checks a board workbook written by `planbridge export` with an independent reader (openpyxl):
every status cell carries one of the layout's words and is filled with that word's colour, the
Key lists every status, and the Actions sheet has what a board pack needs (frozen header,
autofilter, landscape, one page wide, header row repeated, a footer, a status dropdown).
Usage: check_board.py BOARD.xlsx LAYOUT.xml[:FALLBACK_LAYOUT.xml] EXPECTED_ACTIONS [EXPECTED_CHANGES]"""
import sys
import xml.etree.ElementTree as ET

import openpyxl


def fail(message):
    print(f"check_board: {sys.argv[1]}: {message}")
    sys.exit(1)


def main():
    path, layout_paths, expected_actions = sys.argv[1], sys.argv[2].split(":"), int(sys.argv[3])
    # A council's layout, then the built-in one for the statuses it leaves out.
    layouts = [ET.parse(p).getroot() for p in layout_paths]
    layout = layouts[0]
    fill_of, named, when_used = {}, set(), set()
    for each in layouts:
        for s in each.iter("status"):
            if s.get("name") not in named:
                named.add(s.get("name"))
                fill_of[s.get("word")] = s.get("fill").lstrip("#").upper()
                if s.get("shown") == "when-used" or each is not layouts[0]:  # a fallback's too
                    when_used.add(s.get("word"))
    sheets = layout.find("sheets")
    actions_name = sheets.get("actions") if sheets is not None else "Actions"
    key_name = sheets.get("key") if sheets is not None else "Key"

    wb = openpyxl.load_workbook(path)
    for name in ("Summary", actions_name, "Recommendations", key_name):
        if name not in wb.sheetnames:
            fail(f"no sheet '{name}' (has {wb.sheetnames})")
    ws = wb[actions_name]

    status_title = next((c.get("title") for c in layout.iter("column") if c.get("field") == "status"), "Status")
    header_row = next((r for r in range(1, 10) if ws.cell(r, 1).value and any(
        ws.cell(r, c).value == status_title for c in range(1, ws.max_column + 1))), None)
    if header_row is None:
        fail(f"no header row with a '{status_title}' column")
    status_col = next(c for c in range(1, ws.max_column + 1) if ws.cell(header_row, c).value == status_title)

    banner_rows = {r for m in ws.merged_cells.ranges for r in range(m.min_row, m.max_row + 1)}
    status_cells, used = 0, set()
    for r in range(header_row + 1, ws.max_row + 1):
        word = ws.cell(r, status_col).value
        if r in banner_rows:
            continue  # a section's banner, merged across the row
        status_cells += 1
        used.add(word)
        if word not in fill_of:
            fail(f"row {r}: status '{word}' is not one of the layout's words")
        rgb = (ws.cell(r, status_col).fill.fgColor.rgb or "")[-6:].upper()
        if rgb != fill_of[word]:
            fail(f"row {r}: '{word}' filled {rgb}, the layout says {fill_of[word]}")
    if status_cells != expected_actions:
        fail(f"{status_cells} status cells, expected {expected_actions} actions")

    key = wb[key_name]
    key_words = {key.cell(r, 1).value for r in range(1, key.max_row + 1)}
    # A status shown 'when-used' is listed only where some action has it.
    missing = {w for w in fill_of if w not in when_used or w in used} - key_words
    if missing:
        fail(f"the Key does not list {sorted(missing)}")

    if ws.freeze_panes != f"A{header_row + 1}":
        fail(f"panes frozen at {ws.freeze_panes}, not below the header row {header_row}")
    if not ws.auto_filter.ref:
        fail("no autofilter")
    if ws.page_setup.orientation != "landscape":
        fail(f"orientation {ws.page_setup.orientation}")
    # fitToWidth left out means 1 (ECMA-376 §18.3.1.63); fitToHeight 0 means as many pages as it takes.
    if ws.page_setup.fitToWidth not in (None, 1) or not ws.sheet_properties.pageSetUpPr.fitToPage or ws.page_setup.fitToHeight != 0:
        fail("not fitted to one page wide")
    if ws.print_title_rows.replace("$", "") != f"{header_row}:{header_row}":
        fail(f"repeated rows {ws.print_title_rows}, not the header row {header_row}")
    if "&P" not in (ws.oddFooter.right.text or ""):
        fail("no page number in the footer")
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    if not lists or not all(w in lists[0].formula1 for w in fill_of if w not in when_used or w in used):
        fail("no status dropdown listing every word")
    check_cover(wb, sheets)
    check_summary_lists(wb["Summary"])
    changes = ""
    if len(sys.argv) > 4:  # export --since: the Changes sheet, one row per change, its statuses coloured
        changes = check_changes(wb, sheets, fill_of, int(sys.argv[4]))
    print(f"check_board: {path}: {status_cells} status cells in their colours, key, print set-up and dropdown as they should be{changes}")


def check_cover(wb, sheets):
    """The first sheet: the title (also the workbook's title property), the month, and contents
    whose every entry links to a sheet of the workbook."""
    name = sheets.get("cover") if sheets is not None and sheets.get("cover") else "Cover"
    if wb.sheetnames[0] != name:
        fail(f"the first sheet is {wb.sheetnames[0]}, not the cover '{name}'")
    ws = wb[name]
    if not ws["A1"].value or wb.properties.title != ws["A1"].value.rstrip("…"):
        fail(f"cover title {ws['A1'].value!r}, workbook title property {wb.properties.title!r}")
    if not wb.properties.creator or not wb.properties.subject:
        fail(f"document properties not set: author {wb.properties.creator!r}, subject {wb.properties.subject!r}")
    texts = [ws.cell(r, 1).value or "" for r in range(1, ws.max_row + 1)]
    if "Contents" not in texts:
        fail("the cover has no contents")
    listed = [ws.cell(r, 1) for r in range(texts.index("Contents") + 2, ws.max_row + 1) if ws.cell(r, 1).value]
    visible = [n for n in wb.sheetnames[1:] if wb[n].sheet_state == "visible"]
    if [c.value for c in listed] != visible:
        fail(f"the contents list {[c.value for c in listed]}, the workbook has {visible}")
    for c in listed:
        if not c.hyperlink or c.value not in (c.hyperlink.location or ""):
            fail(f"contents entry {c.value} links to {c.hyperlink and c.hyperlink.location}")


def check_summary_lists(ws):
    """Each list says how many it holds, shows at most 10, and counts the rest."""
    r = 1
    while r <= ws.max_row:
        heading = str(ws.cell(r, 1).value or "")
        if ws.cell(r, 1).font.b and heading.endswith(")") and " (" in heading:
            n = int(heading.rsplit(" (", 1)[1][:-1])
            entries, r = 0, r + 2  # past the list's own header row
            while r <= ws.max_row and ws.cell(r, 2).value and not str(ws.cell(r, 2).value).startswith("And "):
                entries, r = entries + 1, r + 1
            more = str(ws.cell(r, 2).value or "")
            if n and entries != min(n, 10):
                fail(f"Summary list '{heading}' shows {entries} entries")
            if n > 10 and not more.startswith(f"And {n - 10} more"):
                fail(f"Summary list '{heading}' does not count the {n - 10} more: {more!r}")
        r += 1


def check_changes(wb, sheets, fill_of, expected):
    name = sheets.get("changes") if sheets is not None else "Changes"
    if name not in wb.sheetnames:
        fail(f"no sheet '{name}'")
    ws = wb[name]
    header = next((r for r in range(1, 10) if ws.cell(r, 1).value == "Ref"), None)
    if header is None:
        fail("the Changes sheet has no header row")
    titles = [ws.cell(header, c).value for c in range(1, ws.max_column + 1)]
    rows = [r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, titles.index("Change") + 1).value]
    if len(rows) != expected:
        fail(f"{len(rows)} changes listed, expected {expected}")
    for r in rows:
        for title in ("Was", "Now"):
            cell = ws.cell(r, titles.index(title) + 1)
            if cell.value is None:
                continue  # added (no was) or removed (no now)
            if cell.value not in fill_of or (cell.fill.fgColor.rgb or "")[-6:].upper() != fill_of[cell.value]:
                fail(f"Changes row {r}: {title} '{cell.value}' not in its layout colour")
    return f"; {len(rows)} changes listed"


main()
