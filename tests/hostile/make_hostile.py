#!/usr/bin/env python3
"""Rebuilds the hostile files of issue 18 in DIR (python's standard library only, so that the
test command needs nothing more). Each is small on disk and large once read:

  html-rowspans.html       427 KB: a plan table whose cells span 65,534 rows and 1,000 columns
  xlsx-shared-string.xlsx  ~200 KB: 80,000 cells, every one the same 1 MB shared string
  xlsx-row-999999999.xlsx  ~2 KB: one row numbered 999,999,999 (Excel stops at 1,048,576)
  xlsx-col-beyond.xlsx     ~2 KB: a cell in column XFE (Excel stops at XFD, 16,384)
  xlsx-lying-zip.xlsx      a sheet inflating to 900 MB of blanks, beside 4 MB of stored
                           noise; the central directory claims each entry's compressed size is
                           the whole file's, so a ratio on the declared size looks harmless
  csv-commas.csv           20 MB of commas (one record, 20 million empty fields)
  csv-newlines.csv         20 MB of newlines
  html-banners.html        2.4 MB: 60,000 banner rows spread across the table above its
                           header (section headings), then one action; it must import, its
                           section the last banner (judging each banner by all those below it
                           was quadratic and as deep in recursion as the banners were many)
  sheet-1m-rows.xlsx       1,048,576 rows x 3 cells: Excel's largest sheet, a real plan's
                           shape; it must import (made only with --big: it takes a while)

Usage: make_hostile.py DIR [--big]
"""
import os
import random
import struct
import sys
import zipfile
import zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
XLSX_PARTS = {
    "[Content_Types].xml":
        f'<?xml version="1.0"?><Types xmlns="{CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
    "_rels/.rels":
        f'<?xml version="1.0"?><Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
        f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        f'<?xml version="1.0"?><Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
}
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Action</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Lead</t></is></c>'
              '<c r="C1" t="inlineStr"><is><t>By when</t></is></c></row>')


def sheet(rows_xml):
    return f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>{rows_xml}</sheetData></worksheet>'


def write_xlsx(path, sheet_xml, shared=None):
    """sheet_xml: a string, or a function called with a writable file (for big sheets)."""
    strings = shared or []
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, text in XLSX_PARTS.items():
            z.writestr(name, text)
        z.writestr("xl/sharedStrings.xml",
                   f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
        if callable(sheet_xml):
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                sheet_xml(f)
        else:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def html_rowspans(path):
    head = ("<html><body><table><tr><th>Action</th><th>Lead</th><th>By when</th></tr>"
            "<tr><td>Audit case files</td><td>Head of Service</td><td>May 2019</td></tr>")
    row = '<tr><td rowspan="65534" colspan="1000">x</td></tr>'
    count = (427 * 1024 - len(head)) // len(row)
    with open(path, "w") as f:
        f.write(head + row * count + "</table></body></html>")


def html_banners(path):
    banners = "".join(f'<tr><td colspan="4">Theme {i}</td></tr>' for i in range(60000))
    with open(path, "w") as f:
        f.write("<html><body><table>" + banners + "<tr><td>Ref</td><td>Action</td><td>Lead</td><td>RAG</td></tr>"
                "<tr><td>1.1</td><td>Audit case files</td><td>Head of Service</td><td>Red</td></tr></table></body></html>")


def xlsx_shared_string(path):
    cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" t="s"><v>0</v></c>'
                    f'<c r="C{r}" t="s"><v>0</v></c><c r="D{r}" t="s"><v>0</v></c></row>' for r in range(2, 20002))
    write_xlsx(path, sheet(HEADER_ROW + cells), ["Discuss at team manager training day " * 28000])


def xlsx_row_beyond(path):
    write_xlsx(path, sheet(HEADER_ROW + '<row r="999999999"><c r="A999999999" t="inlineStr"><is><t>Audit</t></is></c></row>'))


def xlsx_col_beyond(path):
    write_xlsx(path, sheet(HEADER_ROW + '<row r="2"><c r="XFE2" t="inlineStr"><is><t>Audit</t></is></c></row>'))


def xlsx_lying_zip(path):
    """A sheet of 900 MB of blanks between two rows (no cell holds them), deflated to about
    900 KB; then every compressed size the central directory gives is rewritten as the file's."""
    pad = b" " * (1 << 20)
    def body(f):
        f.write(sheet(HEADER_ROW).split("</sheetData>")[0].encode())
        for _ in range(900):
            f.write(pad)
        f.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>Audit</t></is></c></row></sheetData></worksheet>')
    write_xlsx(path, body)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(zipfile.ZipInfo("xl/media/image1.png"), random.Random(18).randbytes(4 << 20), zipfile.ZIP_STORED)
    data = bytearray(open(path, "rb").read())
    i = data.find(b"PK\x01\x02")
    while i >= 0:
        struct.pack_into("<I", data, i + 20, len(data))  # compressed size
        i = data.find(b"PK\x01\x02", i + 4)
    open(path, "wb").write(bytes(data))


def csv_of(path, byte, size=20 << 20):
    with open(path, "wb") as f:
        f.write(b"Action,Lead,By when\n")
        f.write(byte * size)


def sheet_1m_rows(path):
    def body(f):
        f.write(sheet(HEADER_ROW).split("</sheetData>")[0].encode())
        chunk = []
        for r in range(2, 1048577):
            chunk.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Audit case files, set {r}</t></is></c>'
                         f'<c r="B{r}" t="inlineStr"><is><t>Team manager {r % 40}</t></is></c>'
                         f'<c r="C{r}" t="inlineStr"><is><t>May 2019</t></is></c></row>')
            if len(chunk) == 4096:
                f.write("".join(chunk).encode())
                chunk = []
        f.write(("".join(chunk) + "</sheetData></worksheet>").encode())
    write_xlsx(path, body)


def main():
    folders = [a for a in sys.argv[1:] if not a.startswith("-")]
    unknown = [a for a in sys.argv[1:] if a.startswith("-") and a != "--big"]
    if len(folders) != 1 or unknown:
        sys.exit("usage: make_hostile.py DIR [--big]")  # never a folder named like an option
    out = folders[0]
    os.makedirs(out, exist_ok=True)
    html_rowspans(os.path.join(out, "html-rowspans.html"))
    html_banners(os.path.join(out, "html-banners.html"))
    xlsx_shared_string(os.path.join(out, "xlsx-shared-string.xlsx"))
    xlsx_row_beyond(os.path.join(out, "xlsx-row-999999999.xlsx"))
    xlsx_col_beyond(os.path.join(out, "xlsx-col-beyond.xlsx"))
    xlsx_lying_zip(os.path.join(out, "xlsx-lying-zip.xlsx"))
    csv_of(os.path.join(out, "csv-commas.csv"), b",")
    csv_of(os.path.join(out, "csv-newlines.csv"), b"\n")
    if "--big" in sys.argv:
        sheet_1m_rows(os.path.join(out, "sheet-1m-rows.xlsx"))


if __name__ == "__main__":
    main()
