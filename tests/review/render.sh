#!/usr/bin/env bash
# What a board member and an officer see, as pictures to look at (not a pass/fail test; the
# tests check the same outputs by reading them back). For three fixture plans and the examples:
# the board workbook (with --since) and the diff workbook rendered by LibreOffice to PDF, every
# page as a PNG; the HTML report as Chromium shows it (a full-page screenshot) and prints it
# (PDF, then PNGs).
# Usage: tests/review/render.sh [PLANBRIDGE_BINARY] [OUT_DIR]   (from the source directory)
# Needs the test packages (scripts/install-deps.sh --with-tests): LibreOffice, Carlito,
# poppler-utils and Chromium. Open OUT_DIR/index.html to see every page at once.
set -euo pipefail
PB="${1:-build/planbridge}"
OUT="${2:-review}"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}

pages() {  # pages FILE.pdf NAME: each page a PNG
  pdftoppm -r 70 -png "$1" "$OUT/$2"
}

workbook() {  # workbook FILE.xlsx NAME
  soffice -env:UserInstallation=file://$PROFILE/lo --headless --convert-to pdf --outdir "$OUT" "$1" >/dev/null 2>&1
  pages "$OUT/$(basename "${1%.*}").pdf" "$2"
}

browser() {  # browser FILE.html NAME: as shown and as printed
  local chrome=(chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE/chromium")
  "${chrome[@]}" --screenshot="$OUT/$2-screen.png" --window-size=1300,2400 "file://$1" >/dev/null 2>&1
  "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$OUT/$2-print.pdf" "file://$1" >/dev/null 2>&1
  pages "$OUT/$2-print.pdf" "$2-print"
}

for pair in "examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx" \
  "tests/fixtures/harbourside-2018-09.xlsx tests/fixtures/harbourside-2018-10.docx" \
  "tests/fixtures/riverbank-2017-11.xlsx tests/fixtures/riverbank-2017-12.xlsx" \
  "tests/fixtures/fenland-2019-01.csv tests/fixtures/fenland-2019-02.csv"; do
  set -- $pair
  name=$(basename "${2%.*}")
  "$PB" export "$2" --since "$1" -o "$OUT/$name-board.xlsx" 2>/dev/null
  workbook "$OUT/$name-board.xlsx" "$name-board"
  "$PB" diff "$1" "$2" -o "$OUT/$name-changes.xlsx" 2>/dev/null || true
  workbook "$OUT/$name-changes.xlsx" "$name-changes"
  "$PB" diff "$1" "$2" -o "$OUT/$name-changes.html" 2>/dev/null || true
  browser "$OUT/$name-changes.html" "$name-html"
done

{
  echo '<!DOCTYPE html><meta charset="utf-8"><title>planbridge review</title><style>img{max-width:48%;border:1px solid #999;margin:4px}</style>'
  for png in "$OUT"/*.png; do echo "<a href=\"$(basename "$png")\"><img src=\"$(basename "$png")\" alt=\"$(basename "$png")\"></a>"; done
} >"$OUT/index.html"
echo "review: $(ls "$OUT"/*.png | wc -l) pages in $OUT (open $OUT/index.html)"
