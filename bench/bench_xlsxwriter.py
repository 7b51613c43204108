#!/usr/bin/python3
"""The export benchmark's Python peer: python3-xlsxwriter writing the same Actions cells with the
same fills as bench_export's bare program (constant memory too). The cells come from
`bench_export dump` (loading them is not timed).  Usage: bench_xlsxwriter.py CELLS.json OUT.xlsx"""
import json
import resource
import sys
import time

import xlsxwriter

cells = json.load(open(sys.argv[1]))
start = time.perf_counter()
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
ws = wb.add_worksheet("Actions")
header = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF"})
text = wb.add_format({"text_wrap": True, "border": 1})
status = [wb.add_format({"bold": True, "border": 1, "bg_color": fill, "font_color": font}) for fill, font in cells["fills"]]
for k, title in enumerate(cells["header"]):
    ws.write_string(0, k, title, header)
status_column = cells["status_column"]
for r, (row, s) in enumerate(zip(cells["rows"], cells["status_of_row"]), start=1):
    for k, value in enumerate(row):
        f = status[s] if k == status_column else text
        if value:
            ws.write_string(r, k, value, f)
        else:
            ws.write_blank(r, k, None, f)
wb.close()
seconds = time.perf_counter() - start
print(f"python3-xlsxwriter {seconds:.3f} s {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
