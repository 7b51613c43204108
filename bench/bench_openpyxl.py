#!/usr/bin/python3
"""Peer: openpyxl read_only, reading every cell's value. Usage: bench_openpyxl.py FILE.xlsx"""
import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1], read_only=True)
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        cells += sum(1 for v in row if v is not None)
print(f"{cells} cells")
