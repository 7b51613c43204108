#!/usr/bin/python3
"""Does a workbook print as a board pack? Read back by openpyxl, every text measured with
Carlito (the metric twin of Calibri that LibreOffice prints Calibri with) by Pillow, not by
planbridge's own arithmetic:
- every visible cell's text fits: wrapped text in as many lines as its row (or merged rows)
  are tall, a word broken only when it is longer than a whole line; unwrapped text within its
  cell and the empty cells beside it; a text cut with '…' has the whole text in its comment;
- every sheet is A4, one page wide; a sheet with a table header repeats it on every page; the
  Key sheet fits on one page;
- the footer's sections cannot print over each other (each measured at its font size) and a
  header, if any, fits the page.
Usage: check_print.py WORKBOOK [KEY_SHEET]     exit 1 listing every fault"""
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter
from PIL import ImageFont

FONTS = "/usr/share/fonts/truetype/crosextra/Carlito-{}.ttf"
LINE_SPACING = 1.22  # Carlito's (and Calibri's) line height, in ems
A4_POINTS = {"portrait": 595, "landscape": 842}
_fonts = {}


def font(bold, italic, points):
    style = ("Bold" if bold else "") + ("Italic" if italic else "") or "Regular"
    key = (style, points)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(FONTS.format(style), size=round(points * 96 / 72 * 16))  # 16x, then scaled
    return _fonts[key]


def pixels(text, f):
    return f.getlength(text) / 16


_columns = {}


def columns_of(ws):
    """Each column's (stored width, hidden): a <col> element may give a range of columns."""
    if ws not in _columns:
        cols = {}
        for d in ws.column_dimensions.values():
            for c in range(d.min or 0, (d.max or 0) + 1):
                if c:
                    cols[c] = (d.width, d.hidden)
        _columns[ws] = cols
    return _columns[ws]


def column_pixels(ws, col):
    width = columns_of(ws).get(col, (None, False))[0] or 8.43 + 5 / 7
    return int(width * 7)  # the stored width includes Excel's padding


def wrapped_lines(text, room, f):
    """Greedy word wrap, as Excel and LibreOffice wrap; a word longer than a line is broken."""
    lines = 0
    broken = []
    for para in text.split("\n"):
        lines += 1
        used = 0.0
        for word in para.split():
            w = pixels(word, f)
            need = w if used == 0 else used + pixels(" ", f) + w
            if need <= room:
                used = need
            elif w <= room:
                lines += 1
                used = w
            else:
                broken.append(word)
                chunk = ""
                if used:
                    lines += 1
                for ch in word:
                    if pixels(chunk + ch, f) > room and chunk:
                        lines += 1
                        chunk = ch
                    else:
                        chunk += ch
                used = pixels(chunk, f)
    return lines, broken


def merged_areas(ws):
    areas = {}
    for rng in ws.merged_cells.ranges:
        areas[(rng.min_row, rng.min_col)] = rng
    covered = {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
               for c in range(rng.min_col, rng.max_col + 1) if (r, c) != (rng.min_row, rng.min_col)}
    return areas, covered


def row_points(ws, r):
    d = ws.row_dimensions.get(r)
    return d.height if d is not None and d.height else 15


def check_cell(ws, cell, area, faults):
    text = str(cell.value)
    first_col, last_col = (area.min_col, area.max_col) if area else (cell.column, cell.column)
    first_row, last_row = (area.min_row, area.max_row) if area else (cell.row, cell.row)
    width = sum(column_pixels(ws, c) for c in range(first_col, last_col + 1))
    room = width - 5  # the cell's padding, as LibreOffice draws it
    height = sum(row_points(ws, r) for r in range(first_row, last_row + 1))
    size = cell.font.sz or 11
    f = font(bool(cell.font.b), bool(cell.font.i), size)
    place = f"{ws.title}!{cell.coordinate}"
    if cell.alignment.wrap_text:
        lines, broken = wrapped_lines(text, room, f)
        need = lines * size * LINE_SPACING
        if need > height + 0.5:
            faults.append(f"{place}: clipped: {lines} lines need {need:.0f} pt, the row is {height:.0f} pt: {text[:60]!r}")
        for word in broken:
            if len(word) < 25:  # a heading or status word broken mid-word (a URL may break)
                faults.append(f"{place}: '{word}' is broken mid-word in a column {room} px wide")
    else:
        # Unwrapped text may run on over the empty cells to its right.
        c = last_col + 1
        while c <= ws.max_column + 1 and ws.cell(cell.row, c).value in (None, ""):
            room += column_pixels(ws, c)
            c += 1
            if c > ws.max_column:
                room += 10_000 if ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage else 0
                break
        if pixels(text.split("\n")[0], f) > room:
            faults.append(f"{place}: clipped: {pixels(text, f):.0f} px of text in {room} px: {text[:60]!r}")
    if "…" in text:  # each line cut with '…' is in the comment whole
        whole = cell.comment.text if cell.comment else ""
        if not whole or any(line.rstrip("…").strip() not in whole for line in text.split("\n") if line.endswith("…")):
            faults.append(f"{place}: cut with '…' but no comment holds the whole text")


def footer_sections(hf):
    """The left, centre and right texts of a header or footer, with their font sizes."""
    out = {}
    for part in ("left", "center", "right"):
        p = getattr(hf, part)
        if p.text:
            out[part] = (re.sub(r"&[PN]", "99", p.text).replace("&&", "&"), p.size or 11)
    return out


def check_page(ws, key_sheet, faults):
    ps, props = ws.page_setup, ws.sheet_properties.pageSetUpPr
    orientation = ps.orientation or "portrait"
    if str(ps.paperSize) != "9":
        faults.append(f"{ws.title}: paper is {ps.paperSize}, not A4 (9)")
    if not (props and props.fitToPage) or ps.fitToWidth not in (1, None):
        faults.append(f"{ws.title}: not fitted to one page wide")
    if ws.auto_filter.ref and not ws.print_title_rows:
        faults.append(f"{ws.title}: a table whose header row is not repeated on every page")
    if ws.title == key_sheet and ps.fitToHeight not in (1, None):  # 1 is the attribute's default
        faults.append(f"{ws.title}: the Key may print on more than one page (fitToHeight {ps.fitToHeight})")
    margins = ws.page_margins
    room = (A4_POINTS[orientation] - 72 * ((margins.left or 0.7) + (margins.right or 0.7)))
    for what, hf in (("footer", ws.oddFooter), ("header", ws.oddHeader)):
        s = footer_sections(hf)
        w = {k: pixels(t, font(False, False, size)) * 72 / 96 for k, (t, size) in s.items()}
        if "center" in w:
            side = (room - w["center"]) / 2
            bad = any(w.get(k, 0) > side for k in ("left", "right"))
        else:
            bad = w.get("left", 0) + w.get("right", 0) > room
        if bad or not s and what == "footer":
            faults.append(f"{ws.title}: {what} sections {s} can print over each other in {room:.0f} pt")


def main():
    path = sys.argv[1]
    key_sheet = sys.argv[2] if len(sys.argv) > 2 else "Key"
    wb = openpyxl.load_workbook(path)
    faults = []
    cells = 0
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        check_page(ws, key_sheet, faults)
        areas, covered = merged_areas(ws)
        hidden = {c for c, (_, h) in columns_of(ws).items() if h}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in (None, "") or isinstance(cell.value, (int, float)) or cell.column in hidden:
                    continue
                if (cell.row, cell.column) in covered:
                    continue
                check_cell(ws, cell, areas.get((cell.row, cell.column)), faults)
                cells += 1
    for f in faults:
        print(f"check_print: {path}: {f}")
    if faults:
        sys.exit(1)
    print(f"check_print: {path}: {cells} cells in {len(wb.worksheets)} sheets fit; page set-up and footers fine")


main()
