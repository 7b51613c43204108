#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, taken from the repository's own files (tests/fixtures,
tests/corpus, templates, examples): whole files for the file targets, the parts inside the
workbooks and documents for the part targets, the due-date phrases of the unit tests.
Usage: make_seeds.py OUT   (makes OUT/<target>/, one file per distinct seed)"""
import hashlib
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_SEED = 300 * 1024  # bigger seeds only slow the fuzzer down
SOURCES = [ROOT / "tests" / "fixtures", ROOT / "tests" / "corpus", ROOT / "examples"]


def files(*suffixes):
    for folder in SOURCES:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in suffixes:
                yield path


def parts(suffixes, pattern):
    """The parts matching pattern inside every zip with one of the suffixes."""
    for path in files(*suffixes):
        try:
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    if re.fullmatch(pattern, name):
                        yield z.read(name)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError):
            continue  # encrypted or broken on purpose: the whole-file target has them


def due_phrases():
    text = (ROOT / "tests" / "unit" / "due_date_test.cpp").read_text(encoding="utf-8")
    for m in re.finditer(r'\{"((?:[^"\\]|\\.)*)", DueKind::', text):
        yield m.group(1).encode("utf-8").decode("unicode_escape").encode("latin-1")


def seeds():
    yield "csv", (p.read_bytes() for p in files(".csv", ".txt", ".tsv"))
    yield "html", (p.read_bytes() for p in files(".htm", ".html"))
    yield "xlsx_package", (p.read_bytes() for p in files(".xlsx", ".xlsm", ".docx"))
    yield "sheet_xml", parts((".xlsx", ".xlsm"), r"xl/worksheets/sheet\d+\.xml")
    yield "shared_strings", parts((".xlsx", ".xlsm"), r"xl/sharedStrings\.xml")
    yield "styles", parts((".xlsx", ".xlsm"), r"xl/styles\.xml")
    yield "docx_document", parts((".docx",), r"word/document\.xml")
    yield "due_date", due_phrases()
    yield "profile_xml", (p.read_bytes() for p in [ROOT / "templates/profiles/default.xml", *files(".xml")] if b"<profile" in p.read_bytes())


def main():
    out = pathlib.Path(sys.argv[1])
    for target, blobs in seeds():
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        kept = 0
        for blob in blobs:
            if 0 < len(blob) <= MAX_SEED:
                (folder / hashlib.sha1(blob).hexdigest()).write_bytes(blob)
                kept += 1
        if kept == 0:
            sys.exit(f"make_seeds.py: no seeds for {target}")


if __name__ == "__main__":
    main()
