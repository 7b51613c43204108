#!/usr/bin/env bash
# Command-line behaviour: exit codes per kind of failure (docs/exit-codes.md), one-line errors
# naming the file, no partial output, and golden JSON for an example plan.
# Usage: cli_test.sh PLANBRIDGE_BINARY   (run from the source directory)
set -u
PB="$1"
CORPUS="tests/corpus"
source "$(dirname "$0")/../checks.sh"

# expect_exit CODE DESCRIPTION -- COMMAND...
expect_exit() {
  local want="$1" what="$2"
  shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [[ "$got" == "$want" ]]; then pass; else fail "$what: exit $got, want $want ($(head -c 300 "$TMP/err"))"; fi
}

# the error is one line on stderr, starting 'planbridge: ' and naming the file when there is one
expect_one_line_error() {
  local what="$1" file="$2"
  local lines
  lines=$(wc -l <"$TMP/err")
  if [[ "$lines" == 1 ]] && grep -q "^planbridge: ${file}" "$TMP/err"; then pass; else fail "$what: stderr was: $(cat "$TMP/err")"; fi
}

expect_exit 0 "import example" -- "$PB" import examples/west-berkshire-2017-09.xlsx
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["actions"]) == 24, len(d["actions"])' "$TMP/out" && pass || fail "example JSON has 24 actions"

expect_exit 0 "golden JSON" -- "$PB" import examples/west-berkshire-2017-09.xlsx --profile examples/west-berkshire.profile.xml
cmp -s "$TMP/out" tests/golden/west-berkshire-2017-09.json && pass || fail "output differs from tests/golden/west-berkshire-2017-09.json (tests/golden/accept.sh regenerates it on purpose)"
expect_exit 0 "golden CSV" -- "$PB" import examples/west-berkshire-2017-10.csv --format csv
cmp -s "$TMP/out" tests/golden/west-berkshire-2017-10.csv.csv && pass || fail "output differs from tests/golden/west-berkshire-2017-10.csv.csv"

expect_exit 0 "import -o writes the file" -- "$PB" import examples/west-berkshire-2017-10.xlsx -o "$TMP/plan.json"
[[ -s "$TMP/plan.json" ]] && pass || fail "-o did not write"
expect_exit 0 "several files give an array" -- "$PB" import examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.csv
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d) == 2' "$TMP/out" && pass || fail "two plans in an array"

expect_exit 0 "inspect example" -- "$PB" inspect examples/west-berkshire-2017-10.xlsx
grep -q "header at row 4" "$TMP/out" && grep -q "RAG key" "$TMP/out" && pass || fail "inspect output lacks header row or key note"

expect_exit 2 "unknown verb" -- "$PB" frobnicate
expect_exit 2 "bad --format" -- "$PB" import examples/west-berkshire-2017-09.xlsx --format yaml
expect_exit 2 "bad --as-of" -- "$PB" import examples/west-berkshire-2017-09.xlsx --as-of "whenever"
expect_exit 3 "missing file" -- "$PB" import "$TMP/nope.xlsx"
expect_one_line_error "missing file" "$TMP/nope.xlsx"
# Legacy .doc/.xls go through LibreOffice: missing, hanging, and a file with no plan.
LEGACY="$CORPUS/generated__libreoffice-7.4.7/rag_fixture.doc"
PLANBRIDGE_SOFFICE=/nonexistent expect_exit 4 "legacy .doc without LibreOffice" -- "$PB" import "$LEGACY"
expect_one_line_error "legacy .doc without LibreOffice" "$LEGACY"
grep -q "libreoffice-writer-nogui" "$TMP/err" && pass || fail "no install advice: $(cat "$TMP/err")"
printf '#!/bin/sh\nsleep 60\n' >"$TMP/hang.sh" && chmod +x "$TMP/hang.sh"
# (In a TMPDIR of its own: other tests convert files in /tmp at the same time.)
mkdir "$TMP/conversions"
start=$(date +%s)
TMPDIR="$TMP/conversions" PLANBRIDGE_SOFFICE="$TMP/hang.sh" PLANBRIDGE_CONVERT_TIMEOUT=2 expect_exit 7 "hanging LibreOffice is stopped" -- "$PB" import "$LEGACY"
[[ $(( $(date +%s) - start )) -lt 20 ]] && pass || fail "hanging conversion not stopped in time"
[[ -z "$(ls -A "$TMP/conversions")" ]] && pass || fail "conversion directory left behind: $(ls "$TMP/conversions")"
# Stopped by a signal during a conversion: LibreOffice's whole process group is killed and its
# folder (holding a copy of the input) removed; planbridge ends as the signal says.
printf '#!/bin/sh\necho $$ >"%s/soffice.pid"\nsleep 60 &\nsleep 60\n' "$TMP" >"$TMP/slow.sh" && chmod +x "$TMP/slow.sh"
for sig in TERM INT HUP; do
  rm -f "$TMP/soffice.pid"
  mkdir -p "$TMP/stopped-$sig"
  # (env --default-signal: a background job of a script starts with SIGINT ignored)
  TMPDIR="$TMP/stopped-$sig" PLANBRIDGE_SOFFICE="$TMP/slow.sh" env --default-signal=INT "$PB" import "$LEGACY" >/dev/null 2>&1 &
  pb=$!
  for _ in $(seq 200); do [[ -s "$TMP/soffice.pid" ]] && break; sleep 0.05; done
  kill -"$sig" "$pb"
  wait "$pb"
  rc=$?
  [[ $rc == $((128 + $(kill -l "$sig"))) ]] && pass || fail "SIG$sig during a conversion: exit $rc, want $((128 + $(kill -l "$sig")))"
  group=$(cat "$TMP/soffice.pid" 2>/dev/null)
  for _ in $(seq 40); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.05; done  # killed ones are reaped
  [[ -n "$group" ]] && ! kill -0 -- "-$group" 2>/dev/null && pass || fail "SIG$sig: LibreOffice's process group ($group) still running"
  [[ -z "$(ls -A "$TMP/stopped-$sig")" ]] && pass || fail "SIG$sig: conversion folder left behind: $(ls -R "$TMP/stopped-$sig")"
done
expect_exit 9 "legacy xls with no plan table" -- "$PB" import "$CORPUS/SheetJS__test_files/merge_cells.xls"
expect_one_line_error "legacy xls with no plan table" "$CORPUS/SheetJS__test_files/merge_cells.xls"
expect_exit 5 "password-protected .doc" -- "$PB" import "$CORPUS/apache__poi/PasswordProtected.doc"
printf '<html><body><table><tr><td>Action</td><td>Lead</td><td>By when</td></tr><tr><td>Audit plans</td><td>HoS</td><td>May 2019</td></tr></table></body></html>' >"$TMP/page.xls"
expect_exit 0 "HTML named .xls is read" -- "$PB" import "$TMP/page.xls"
grep -q "HTML page named .xls" "$TMP/out" && pass || fail "HTML named .xls not called HTML: $(head -c 300 "$TMP/out")"
printf '<html><body><p>Minutes of the meeting</p></body></html>' >"$TMP/minutes.htm"
expect_exit 9 "HTML with no table" -- "$PB" import "$TMP/minutes.htm"
expect_one_line_error "HTML with no table" "$TMP/minutes.htm"
# Word documents that are not plans, broken or hostile (made here with python's zipfile).
make_docx() {  # make_docx FILE BODY_XML
  python3 - "$1" "$2" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = sys.argv[2]
    prolog = '<?xml version="1.0"?>'
    if body.startswith("<!DOCTYPE"):
        prolog, body = prolog + body[:body.index("]>") + 2], body[body.index("]>") + 2:]
    z.writestr("word/document.xml", prolog + '<w:document ' + W + '><w:body>' + body + '</w:body></w:document>')
PY
}
cell() { printf '<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' "$1"; }
make_docx "$TMP/letter.docx" '<w:p><w:r><w:t>Dear colleague, the plan follows next month.</w:t></w:r></w:p>'
expect_exit 9 ".docx with no table" -- "$PB" import "$TMP/letter.docx"
expect_one_line_error ".docx with no table" "$TMP/letter.docx"
make_docx "$TMP/phones.docx" "<w:tbl><w:tr>$(cell Name)$(cell Phone)</w:tr><w:tr>$(cell 'Ann Smith')$(cell '01234 567890')</w:tr></w:tbl><w:p/>"
expect_exit 9 ".docx table with no plan columns" -- "$PB" import "$TMP/phones.docx"
expect_one_line_error ".docx table with no plan columns" "$TMP/phones.docx"
make_docx "$TMP/bomb.docx" '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><w:p><w:r><w:t>&h;</w:t></w:r></w:p>'
expect_exit 7 ".docx entity bomb" -- timeout 20 "$PB" import "$TMP/bomb.docx"
expect_one_line_error ".docx entity bomb" "$TMP/bomb.docx"
make_docx "$TMP/deep.docx" "$(python3 -c 'print("<w:sdt><w:sdtContent>" * 2000 + "</w:sdtContent></w:sdt>" * 2000)')"
expect_exit 7 ".docx nested 4,000 deep" -- timeout 20 "$PB" import "$TMP/deep.docx"
expect_one_line_error ".docx nested 4,000 deep" "$TMP/deep.docx"
head -c 2000 tests/fixtures/northshire-2019.docx >"$TMP/truncated.docx"
expect_exit 6 "truncated .docx" -- "$PB" import "$TMP/truncated.docx"
cp tests/fixtures/encrypted-package.xlsx "$TMP/locked.docx"
expect_exit 5 "password-protected .docx" -- "$PB" import "$TMP/locked.docx"
cp tests/fixtures/csv-utf8-bom.csv "$TMP/really-csv.xlsx"
expect_exit 0 "CSV named .xlsx is read" -- "$PB" import "$TMP/really-csv.xlsx"
grep -q "CSV text named .xlsx" "$TMP/out" && pass || fail "no warning that the .xlsx is CSV"
expect_exit 5 "password-protected" -- "$PB" import tests/fixtures/encrypted-package.xlsx
grep -q "password" "$TMP/err" && pass || fail "encrypted message does not say password"
expect_exit 6 "corrupt package" -- "$PB" import "$CORPUS/apache__poi/xlsx-corrupted.xlsx"
head -c 3000 examples/west-berkshire-2017-09.xlsx >"$TMP/truncated.xlsx"
expect_exit 6 "truncated zip" -- "$PB" import "$TMP/truncated.xlsx"
expect_one_line_error "truncated zip" "$TMP/truncated.xlsx"
expect_exit 7 "entity bomb" -- "$PB" import "$CORPUS/apache__poi/poc-xmlbomb.xlsx"
: >"$TMP/empty.csv"
expect_exit 8 "empty file" -- "$PB" import "$TMP/empty.csv"
expect_exit 9 "no plan table" -- "$PB" import "$CORPUS/SheetJS__test_files/1900.xlsx"
expect_one_line_error "no plan table" "$CORPUS/SheetJS__test_files/1900.xlsx"
printf '<profile name="x">\n<blank status="purple"/>\n</profile>\n' >"$TMP/bad-profile.xml"
expect_exit 10 "invalid profile" -- "$PB" import examples/west-berkshire-2017-09.xlsx --profile "$TMP/bad-profile.xml"
grep -q "bad-profile.xml: line 2:" "$TMP/err" && pass || fail "profile error lacks file and line: $(cat "$TMP/err")"
expect_exit 11 "unwritable output" -- "$PB" import examples/west-berkshire-2017-09.xlsx -o "$TMP/no/such/dir/out.json"

# diff: exit status as diff(1) — 0 no changes, 1 changes, 2 trouble — and its outputs.
expect_exit 0 "diff of a plan with itself" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-09.xlsx
grep -q "0 added, 0 removed, 0 changed" "$TMP/out" && pass || fail "self-diff summary: $(head -c 300 "$TMP/out")"
grep -q "0 updated, 0 with no update this month" "$TMP/out" && ! grep -q "\[" "$TMP/out" && pass || fail "self-diff flags something: $(grep -m3 "\[" "$TMP/out")"
expect_exit 1 "diff of two months" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.docx --format json -o "$TMP/diff.json"
python3 - "$TMP/diff.json" <<'PY' && pass || fail "diff JSON shape"
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["summary", "changes"], list(d)
s = d["summary"]
assert (s["added"], s["removed"], s["newly_complete"], s["deadline_slipped"], s["owner_changed"], s["reworded"]) == (2, 1, 3, 1, 1, 1), s
kinds = {c["change"] for c in d["changes"]}
assert kinds == {"added", "removed", "changed", "unchanged"}, kinds
for c in d["changes"]:
    assert set(c) >= {"change", "old", "new", "fields", "match"}
    assert (c["old"] is None) == (c["change"] == "added") and (c["new"] is None) == (c["change"] == "removed")
    assert (c["match"] is None) == (c["change"] in ("added", "removed"))
    for f in c["fields"]:
        assert f in ("status", "due", "owner", "action", "progress", "id", "section"), f
slipped = [c for c in d["changes"] if "due" in c["fields"]]
assert slipped[0]["fields"]["due"]["days"] == 91 and slipped[0]["fields"]["due"]["direction"] == "slipped"
PY
expect_exit 1 "diff as CSV" -- "$PB" diff examples/west-berkshire-2017-09.csv examples/west-berkshire-2017-10.csv --format csv --profile examples/west-berkshire.profile.xml
head -1 "$TMP/out" | grep -q "change,old_index,new_index" && pass || fail "diff CSV header: $(head -1 "$TMP/out")"
expect_exit 1 "diff as HTML" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx --format html -o "$TMP/diff.html"
grep -q "<del>\|<ins>" "$TMP/diff.html" && pass || fail "diff HTML has no word diff"
expect_exit 2 "diff with a missing file" -- "$PB" diff examples/west-berkshire-2017-09.xlsx "$TMP/nope.xlsx"
expect_one_line_error "diff with a missing file" "$TMP/nope.xlsx"
expect_exit 2 "diff of a broken file" -- "$PB" diff "$TMP/truncated.xlsx" examples/west-berkshire-2017-09.xlsx -o "$TMP/broken-diff.json"
[[ ! -e "$TMP/broken-diff.json" ]] && pass || fail "diff left an output behind"
expect_exit 2 "diff with one file" -- "$PB" diff examples/west-berkshire-2017-09.xlsx
expect_exit 2 "diff --old-as-of whenever" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx --old-as-of whenever
grep -q "^planbridge: --old-as-of: 'whenever' is not a date" "$TMP/err" && pass || fail "bad --old-as-of not named: $(cat "$TMP/err")"
expect_exit 2 "diff --format yaml" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx --format yaml

# No partial output: a failure after a good file leaves no output file and no temporary.
expect_exit 6 "good then bad" -- "$PB" import examples/west-berkshire-2017-09.xlsx "$TMP/truncated.xlsx" -o "$TMP/partial.json"
[[ ! -e "$TMP/partial.json" ]] && ! ls "$TMP" | grep -q 'partial.json.tmp' && pass || fail "partial output left behind"

# -o names a device or a link: a device is written to, never replaced (root could otherwise
# rename a file over /dev/null); a link keeps pointing at its file, which gets the output.
mkfifo "$TMP/pipe"
(timeout 30 cat "$TMP/pipe" >"$TMP/from-pipe") &  # bounded: a regression must fail, not hang
expect_exit 0 "import -o a FIFO" -- "$PB" import examples/west-berkshire-2017-09.xlsx -o "$TMP/pipe"
wait
[[ -p "$TMP/pipe" ]] && grep -q '"actions"' "$TMP/from-pipe" && pass || fail "-o FIFO was replaced or got nothing"
expect_exit 1 "diff -o /dev/null" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx -o /dev/null
[[ -c /dev/null ]] && pass || fail "/dev/null is no longer a device"
mkdir "$TMP/real" && echo old >"$TMP/real/plan.json" && ln -s real/plan.json "$TMP/link.json"
expect_exit 0 "import -o a symbolic link" -- "$PB" import examples/west-berkshire-2017-09.xlsx -o "$TMP/link.json"
[[ -L "$TMP/link.json" ]] && grep -q '"actions"' "$TMP/real/plan.json" && pass || fail "-o link: the link was replaced or its file not written"

# What people pass by mistake gets a plain answer: a folder, a lock file, other suites' formats.
expect_exit 3 "a folder" -- "$PB" import examples
grep -q "^planbridge: examples: is a folder, not a file" "$TMP/err" && pass || fail "folder: $(cat "$TMP/err")"
# A named pipe or a device is refused at once (opening a FIFO would wait for a writer forever).
mkfifo "$TMP/pipe.csv"
start=$(date +%s)
expect_exit 3 "a FIFO named .csv" -- timeout 20 "$PB" import "$TMP/pipe.csv"
[[ $(( $(date +%s) - start )) -lt 10 ]] && pass || fail "FIFO: not refused at once"
grep -q "pipe.csv: is a named pipe, not a file: .*give '-'" "$TMP/err" && pass || fail "FIFO: $(cat "$TMP/err")"
expect_exit 3 "a device" -- "$PB" import /dev/zero
grep -q "^planbridge: /dev/zero: is a device, not a file" "$TMP/err" && pass || fail "device: $(cat "$TMP/err")"
printf '\x05Jo Davies                                                  ' >"$TMP/~\$plan.xlsx"
expect_exit 4 "an Office lock file" -- "$PB" import "$TMP/~\$plan.xlsx"
grep -q "lock file Office keeps.*'plan.xlsx'" "$TMP/err" && pass || fail "lock file: $(cat "$TMP/err")"
for f in ods:OpenDocument odt:OpenDocument pdf:PDF; do
  expect_exit 4 "a .${f%%:*} file" -- "$PB" import "tests/fixtures/other-formats/plan.${f%%:*}"
  grep -q "${f##*:}" "$TMP/err" && expect_one_line_error ".${f%%:*}" "tests/fixtures/other-formats/plan.${f%%:*}" || fail ".${f%%:*}: $(cat "$TMP/err")"
done
# Bytes not in the encoding a part or page declares: one line of ours, none of libxml2's.
/usr/bin/python3 - "$TMP" <<'PY'
import sys, zipfile
tmp = sys.argv[1]
with zipfile.ZipFile("examples/west-berkshire-2017-09.xlsx") as src, zipfile.ZipFile(tmp + "/sjis.xlsx", "w") as out:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":  # declared Shift-JIS, with a byte that is not
            body = data[data.index(b"?>") + 2:] if data.startswith(b"<?xml") else data
            data = b'<?xml version="1.0" encoding="SHIFT_JIS"?>' + body.replace(b"<t>", b"<t>\xff=", 1)
        out.writestr(item, data)
open(tmp + "/sjis.html", "wb").write(b'<html><head><meta charset="SHIFT_JIS"></head><body><table><tr><td>Ref\xff=</td><td>Action</td></tr></table></body></html>')
PY
expect_exit 6 "a part not in its declared encoding" -- "$PB" import "$TMP/sjis.xlsx"
grep -q "sheet1.xml.*not in the encoding it declares" "$TMP/err" && expect_one_line_error "declared encoding" "$TMP/sjis.xlsx" || fail "encoding: $(cat "$TMP/err")"
expect_exit 6 "a page not in its declared charset" -- "$PB" import "$TMP/sjis.html"
grep -q "not in the charset the page declares.*save it again as UTF-8" "$TMP/err" && expect_one_line_error "declared charset" "$TMP/sjis.html" || fail "charset: $(cat "$TMP/err")"
expect_exit 2 "a misspelt option" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx --explian
grep -q "did you mean --explain?" "$TMP/err" && pass || fail "no suggestion: $(cat "$TMP/err")"

# '-' is standard input; -o's extension decides the format unless --format says otherwise.
"$PB" import - --format csv <examples/west-berkshire-2017-10.xlsx >"$TMP/stdin.csv" 2>"$TMP/err" && pass || fail "import -: $(cat "$TMP/err")"
sed -n 2p "$TMP/stdin.csv" | grep -q "^standard input," && pass || fail "stdin's source: $(sed -n 2p "$TMP/stdin.csv" | head -c 100)"
"$PB" diff - - <examples/west-berkshire-2017-10.xlsx >/dev/null 2>"$TMP/err"
[[ $? == 2 ]] && grep -q "only one of OLD and NEW" "$TMP/err" && pass || fail "diff - -: $(cat "$TMP/err")"
"$PB" diff examples/west-berkshire-2017-09.xlsx - <examples/west-berkshire-2017-10.docx >"$TMP/out" 2>"$TMP/err"
[[ $? == 1 ]] && grep -q "new: standard input — 25 actions" "$TMP/out" && pass || fail "diff OLD -: $(head -3 "$TMP/out") $(cat "$TMP/err")"
expect_exit 0 "-o x.csv writes CSV" -- "$PB" import examples/west-berkshire-2017-09.xlsx -o "$TMP/by-extension.csv"
head -c 20 "$TMP/by-extension.csv" | grep -q "file,key,id" && pass || fail "-o .csv wrote: $(head -c 40 "$TMP/by-extension.csv")"
expect_exit 0 "-o x.html writes the HTML diff" -- "$PB" diff examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-09.xlsx -o "$TMP/by-extension.html"
grep -q "<!DOCTYPE html>" "$TMP/by-extension.html" && pass || fail "-o .html wrote something else"
expect_exit 2 "-o x.csv with --format json" -- "$PB" import examples/west-berkshire-2017-09.xlsx -o "$TMP/mismatch.csv" --format json
[[ ! -e "$TMP/mismatch.csv" ]] && grep -q "names a csv file, but --format is json" "$TMP/err" && pass || fail "mismatch: $(cat "$TMP/err")"
expect_exit 2 "export -o board.pdf" -- "$PB" export examples/west-berkshire-2017-09.xlsx -o "$TMP/board.pdf"
[[ ! -e "$TMP/board.pdf" ]] && grep -q "names a .pdf file, but this writes xlsx" "$TMP/err" && pass || fail "export to .pdf: $(cat "$TMP/err")"

# A plan whose statuses planbridge mostly cannot read says so (bucks-2018 has no status column).
expect_exit 0 "mostly unrated plan" -- "$PB" import tests/fixtures/bucks-2018.xlsx
grep -q "6 of 7 actions have no status planbridge could read" "$TMP/out" && pass || fail "no warning about unread statuses"
expect_exit 0 "a rated plan" -- "$PB" import examples/west-berkshire-2017-09.xlsx
! grep -q "actions have no status planbridge could read" "$TMP/out" && pass || fail "a rated plan warned about statuses"

# Help, man page and completion come from one table: every option each verb's --help shows is
# in the man page and in the completion, every verb has two examples; the completion completes.
for verb in import inspect diff export; do
  "$PB" $verb --help >"$TMP/help.$verb" 2>&1 || fail "$verb --help failed"
  [[ $(grep -c "^  planbridge $verb " "$TMP/help.$verb") == 2 ]] && ! grep -q -- "--file\| arg" "$TMP/help.$verb" && pass || fail "$verb --help: $(head -5 "$TMP/help.$verb")"
done
"$PB" --man >"$TMP/planbridge.1" && "$PB" --completion bash >"$TMP/completion.bash" && pass || fail "--man / --completion"
missing=""
for verb in import inspect diff export; do
  grep -q "^\.SH $verb$" "$TMP/planbridge.1" || missing+=" man:$verb"
  for opt in $(grep -o -- "--[a-z][a-z-]*" "$TMP/help.$verb" | sort -u); do
    grep -q -- "$(sed 's/-/\\\\-/g' <<<"$opt")" "$TMP/planbridge.1" || missing+=" man:$verb:$opt"
    grep -A2 "^    $verb)" "$TMP/completion.bash" | grep -q -- "$opt " || missing+=" completion:$verb:$opt"
  done
done
[[ -z $missing ]] && pass || fail "not in the man page or completion:$missing"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$TMP/planbridge.1" 2>&1 | grep -q "planbridge diff OLD NEW" && pass || fail "man -l does not render the page"
fi
complete_words() { bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _planbridge; echo "${COMPREPLY[*]}"' sh "$TMP/completion.bash" "$@"; }
[[ $(complete_words planbridge di) == diff ]] && [[ $(complete_words planbridge diff --for) == --format ]] &&
  [[ $(complete_words planbridge diff --format h) == html ]] && [[ $(complete_words planbridge import --format "") == "json csv" ]] &&
  pass || fail "completion: '$(complete_words planbridge di)' '$(complete_words planbridge diff --format h)'"

# Privacy: nothing planbridge writes names the folder a plan was read from (the workbook is
# emailed). Every output format, for plans read from an absolute path; and a lead's returned
# copy names itself as its source, with the file it was exported from beside it.
private="$TMP/Jo Davies private plans"
mkdir -p "$private" && cp examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.docx examples/west-berkshire-2017-10.csv "$private/"
old="$private/west-berkshire-2017-09.xlsx" new="$private/west-berkshire-2017-10.docx"
"$PB" import "$old" "$new" --format json >"$TMP/priv.json" 2>/dev/null
"$PB" import "$private/west-berkshire-2017-10.csv" --format csv >"$TMP/priv.csv" 2>/dev/null
"$PB" inspect "$new" >"$TMP/priv.inspect" 2>/dev/null
for f in text json csv html; do "$PB" diff "$old" "$new" --format $f >"$TMP/priv.diff.$f" 2>/dev/null; done
"$PB" diff "$old" "$new" --format xlsx -o "$TMP/priv-diff.xlsx" 2>/dev/null
"$PB" export "$new" --since "$old" -o "$private/board.xlsx" 2>/dev/null
cp "$private/board.xlsx" "$private/returned by lead.xlsx"
"$PB" import "$private/returned by lead.xlsx" >"$TMP/priv.returned.json" 2>/dev/null
"$PB" export "$private/returned by lead.xlsx" -o "$TMP/priv-reexport.xlsx" 2>/dev/null
unwritten=""
for x in "$TMP/priv-diff.xlsx" "$private/board.xlsx" "$TMP/priv-reexport.xlsx"; do
  if [[ -s $x ]]; then unzip -p "$x" >"$x.parts"; else unwritten+=" $x"; fi
done
leaks=$(grep -l -F "$private" "$TMP"/priv.* "$TMP"/*.parts "$private"/*.parts)
[[ -z $leaks && -z $unwritten ]] && pass || fail "the input's folder appears in: $leaks; not written:$unwritten"
python3 - "$TMP/priv.returned.json" <<'PY' && pass || fail "a returned copy's source: $(head -c 300 "$TMP/priv.returned.json")"
import json, sys
source = json.load(open(sys.argv[1]))["source"]
assert source["file"] == "returned by lead.xlsx", source
assert source["exported_from"] == "west-berkshire-2017-10.docx", source
PY

# Layouts planbridge was never shown (issue 14): question-word headings; columns whose heading
# is blank get their role from what they hold; --map says what a heading means.
printf 'What?,Who?,How?,When?\nAudit all child protection plans for quality,Head of Safeguarding,Monthly audit report,March 2019\nRecruit permanent team managers,HR Business Partner,Vacancy rate below 10 per cent,June 2019\n' >"$TMP/questions.csv"
"$PB" import "$TMP/questions.csv" --format csv 2>/dev/null | /usr/bin/python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
assert [r["action"] for r in rows] == ["Audit all child protection plans for quality", "Recruit permanent team managers"], rows
assert rows[0]["owner"] == "Head of Safeguarding" and rows[1]["due_end"] == "2019-06-30" and rows[0]["measure"] == "Monthly audit report", rows
' && pass || fail "question-word headings not read as action, lead, measure and due"
printf 'Ref,Action,,,Progress\n1.1,Audit all child protection plans for quality in every team,Head of Safeguarding,March 2019,Audit begun in two teams\n1.2,Recruit permanent team managers for the locality teams,HR Business Partner,June 2019,Two offers made\n1.3,Launch a supervision policy for all social workers,Head of Safeguarding,Q3 2019/20,Draft out for comment\n' >"$TMP/blank-headings.csv"
"$PB" import "$TMP/blank-headings.csv" --format csv 2>/dev/null | /usr/bin/python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
assert [r["owner"] for r in rows] == ["Head of Safeguarding", "HR Business Partner", "Head of Safeguarding"], rows
assert [r["due_end"] for r in rows] == ["2019-03-31", "2019-06-30", "2019-12-31"], rows
' && pass || fail "blank-headed columns not given owner and due from their content"
"$PB" inspect "$TMP/blank-headings.csv" 2>/dev/null | grep -q 'Column C.*→ owner .*content: 3 of 3 values are names or job titles; heading 0.00, content 1.00 of 3 values → score 1.00' &&
  pass || fail "inspect does not show a column's content evidence and score: $("$PB" inspect "$TMP/blank-headings.csv" 2>&1 | grep 'Column C')"
printf 'No.,Thing,Person,Month\n1,Audit all child protection plans,Head of Safeguarding,March 2019\n2,Recruit permanent team managers,HR Business Partner,June 2019\n3,Launch a supervision policy,HR Business Partner,July 2019\n' >"$TMP/own-words.csv"
expect_exit 9 "unknown headings refused without --map" -- "$PB" import "$TMP/own-words.csv"
# The refusal names the likeliest header, what it read there, and the --map that would read it.
grep -q "the likeliest header is row 1 ('No.', 'Thing', 'Person', 'Month'): 'No.' reads as id; try --map 'Thing=action,Person=owner,Month=due'" "$TMP/err" &&
  [[ $(wc -l <"$TMP/err") == 1 ]] && pass || fail "no-table message: $(cat "$TMP/err")"
"$PB" import "$TMP/own-words.csv" $(sed -n "s/.*try --map '\(.*\)'$/--map \1/p" "$TMP/err") >/dev/null 2>&1 && pass || fail "the suggested --map does not read the file"
"$PB" import "$TMP/own-words.csv" --map 'Thing=action, Person=owner' --map 'Month=due' --format csv 2>"$TMP/err" | /usr/bin/python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
assert rows[0]["action"] == "Audit all child protection plans" and rows[1]["owner"] == "HR Business Partner" and rows[1]["due_end"] == "2019-06-30", rows
' && pass || fail "--map did not read the headings as told: $(cat "$TMP/err")"
for verb in inspect diff export; do
  args=("$TMP/own-words.csv")
  [[ $verb == diff ]] && args+=("$TMP/own-words.csv")
  [[ $verb == export ]] && args+=(-o "$TMP/own-words.xlsx")
  "$PB" $verb "${args[@]}" --map 'Thing=action,Person=owner' >/dev/null 2>"$TMP/err" && pass || fail "$verb --map: $(cat "$TMP/err")"
done
expect_exit 2 "--map with an unknown field" -- "$PB" import "$TMP/own-words.csv" --map 'Thing=actoin'
grep -q "'actoin' is not a field; the fields are id" "$TMP/err" && pass || fail "--map's error: $(cat "$TMP/err")"
expect_exit 2 "--map without =" -- "$PB" import "$TMP/own-words.csv" --map 'Thing'

# A banner merged across the table right above its header is the section of the rows below,
# in every format (issue 14): RBWM's 'Safeguarding Inspection', Warwickshire's first theme.
for f in tests/fixtures/rbwm-2012.xlsx tests/fixtures/ashvale-2012.docx tests/fixtures/ashvale-2012-lo.html tests/fixtures/ashvale-2012-lo.doc; do
  "$PB" import "$f" 2>/dev/null | /usr/bin/python3 -c '
import json, sys
a = json.load(sys.stdin)["actions"]
assert a and all(x["section"][:1] == ["Safeguarding Inspection"] for x in a[:3]), [x["section"] for x in a[:3]]
' && pass || fail "$f: the banner above the header is not the first actions' section"
done
"$PB" import tests/fixtures/warwickshire-2017.xlsx 2>/dev/null | /usr/bin/python3 -c '
import json, sys
a = json.load(sys.stdin)["actions"]
assert a[0]["section"] == ["Fewer Children need to come into or stay in care"], a[0]["section"]
' && pass || fail "warwickshire: the first theme banner is not its actions' section"

# A CSV saved from a workbook whose cells were merged down over an item's rows (LibreOffice's
# copies, tests/fixtures/make_lo_csv.sh) reads as the workbook does: the Subject, Lead and
# recommendation the merged cells gave the item's later rows are theirs in the CSV too.
for f in warwickshire-2017 rbwm-2012; do
  fields='import json,sys
for a in json.load(sys.stdin)["actions"]: print(a["id"], a["recommendations"], a["owner"], a["measure"], a["progress"], sorted(a["extra"].items()))'
  diff <("$PB" import "tests/fixtures/$f.xlsx" 2>/dev/null | /usr/bin/python3 -c "$fields") \
       <("$PB" import "tests/fixtures/$f-lo.csv" 2>/dev/null | /usr/bin/python3 -c "$fields") >"$TMP/csv-diff" &&
    pass || fail "$f-lo.csv reads otherwise than $f.xlsx: $(head -4 "$TMP/csv-diff")"
done

# inspect --profile-out writes a profile of what was found; passed back with --profile it reads
# the file as the run that wrote it did (with --map, or with planbridge's own headings).
"$PB" inspect "$TMP/own-words.csv" --map 'Thing=action,Person=owner' --profile-out "$TMP/own-words.xml" >/dev/null 2>"$TMP/err" &&
  grep -q '<heading priority="9">Thing</heading>' "$TMP/own-words.xml" &&
  cmp -s <("$PB" import "$TMP/own-words.csv" --profile "$TMP/own-words.xml" 2>/dev/null) <("$PB" import "$TMP/own-words.csv" --map 'Thing=action,Person=owner' 2>/dev/null) &&
  pass || fail "a profile written with --map does not read the file as --map did: $(cat "$TMP/err")"
for f in tests/fixtures/middlesbrough-send-2019.xlsx tests/fixtures/staffordshire-wsoa-2022.docx tests/fixtures/coventry-2015.xlsx \
  tests/fixtures/sefton-2017.docx examples/west-berkshire-2017-10.xlsx tests/fixtures/warwickshire-2017.xlsx; do
  "$PB" inspect "$f" --profile-out "$TMP/found.xml" >/dev/null 2>&1 &&
    cmp -s <("$PB" import "$f" --profile "$TMP/found.xml" 2>/dev/null) <("$PB" import "$f" 2>/dev/null) &&
    pass || fail "$f: its written profile passed back reads it otherwise"
done
"$PB" inspect tests/fixtures/middlesbrough-send-2019.xlsx --profile-out "$TMP/found.xml" >/dev/null 2>&1
grep -q '<status name="on_track">' "$TMP/found.xml" && grep -q '<word match="exact">G</word>' "$TMP/found.xml" &&
  pass || fail "the written profile does not list the status words read"

finish "cli tests"
