#!/usr/bin/python3
"""Golden test for the board workbook: its XML parts, one file each under DIR, compared exactly.
The time the workbook was made (the cover and docProps/core.xml) is SOURCE_DATE_EPOCH, which
the test sets; nothing in the workbook depends on where it was written.
Usage: golden_parts.py check BOARD.xlsx DIR     exit 1 and name the parts that differ
       golden_parts.py accept BOARD.xlsx DIR    rewrite DIR (on purpose; review git diff)"""
import os
import shutil
import sys
import zipfile

SKIPPED = set()


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in sorted(z.namelist()) if n not in SKIPPED and not n.endswith("/")}


def main():
    mode, path, directory = sys.argv[1:4]
    got = parts(path)
    if mode == "accept":
        shutil.rmtree(directory, ignore_errors=True)
        for name, data in got.items():
            target = os.path.join(directory, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
        print(f"golden_parts: wrote {len(got)} parts to {directory}")
        return
    want = {}
    for root, _, files in os.walk(directory):
        for f in files:
            full = os.path.join(root, f)
            with open(full, "rb") as fh:
                want[os.path.relpath(full, directory).replace(os.sep, "/")] = fh.read()
    differ = sorted(n for n in set(got) | set(want) if got.get(n) != want.get(n))
    if differ:
        print(f"golden_parts: {path}: parts differ from {directory}: {', '.join(differ)} "
              "(tests/golden/accept.sh regenerates them on purpose)")
        sys.exit(1)
    print(f"golden_parts: {len(got)} parts as in {directory}")


main()
