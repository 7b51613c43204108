#!/usr/bin/env bash
# The HTML diff report as a browser shows it: each pair's report opened by headless Chromium,
# its DOM after the page's script ran checked by check_html.py against diff's JSON, with and
# without a filter in the URL's fragment (#kind=…, #section=…).
# Usage: html_test.sh PLANBRIDGE_BINARY   (run from the source directory)
set -u
PB="$1"
source "$(dirname "$0")/../checks.sh"

dom() {  # dom FILE.html FRAGMENT OUT: the DOM after scripts ran
  timeout 60 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chromium" \
    --dump-dom "file://$1$2" >"$3" 2>"$TMP/chromium.log"
}

for pair in "examples/west-berkshire-2017-09.xlsx examples/west-berkshire-2017-10.xlsx" \
  "tests/fixtures/riverbank-2017-11.xlsx tests/fixtures/riverbank-2017-12.xlsx" \
  "tests/fixtures/harbourside-2018-09.xlsx tests/fixtures/harbourside-2018-10.docx" \
  "tests/fixtures/fenland-2019-01.csv tests/fixtures/fenland-2019-02.csv"; do
  set -- $pair
  name=$(basename "$2")
  "$PB" diff "$1" "$2" -o "$TMP/$name.html" 2>/dev/null
  "$PB" diff "$1" "$2" --format json -o "$TMP/$name.json" 2>/dev/null
  first_section=$(/usr/bin/python3 -c 'import re,sys,html; m=re.search(r"<option value=\"([^\"]+)\">", open(sys.argv[1]).read()); print(html.unescape(m.group(1)) if m else "")' "$TMP/$name.html")
  for filter in "" "kind=added" "kind=changed,removed" ${first_section:+"section=$first_section"}; do
    fragment=""
    [[ -n $filter ]] && fragment="#$(/usr/bin/python3 -c 'import sys,urllib.parse; k,_,v=sys.argv[1].partition("="); print(k+"="+urllib.parse.quote(v, safe=","))' "$filter")"
    if dom "$TMP/$name.html" "$fragment" "$TMP/$name.dom.html" &&
      /usr/bin/python3 tests/html/check_html.py "$TMP/$name.dom.html" "$TMP/$name.json" templates/layouts/board.xml "$filter" >"$TMP/check" 2>&1; then
      pass
    else
      fail "$name ${filter:-(no filter)}: $(cat "$TMP/check" 2>/dev/null) $(tail -2 "$TMP/chromium.log")"
    fi
  done
done

# A pair with no changes: the report says so, and nothing to filter.
"$PB" diff examples/west-berkshire-2017-10.xlsx examples/west-berkshire-2017-10.xlsx -o "$TMP/same.html" 2>/dev/null
grep -q "No action was added, removed or changed." "$TMP/same.html" && ! grep -q 'id="filters"' "$TMP/same.html" &&
  pass || fail "the report of a plan against itself"

finish "html report tests"
