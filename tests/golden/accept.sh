#!/usr/bin/env bash
# Regenerates the golden outputs ON PURPOSE, after a reviewed change to the output.
# Usage: tests/golden/accept.sh [build/planbridge]   (from the source directory); then review git diff.
set -euo pipefail
PB="${1:-build/planbridge}"
"$PB" import examples/west-berkshire-2017-09.xlsx --profile examples/west-berkshire.profile.xml >tests/golden/west-berkshire-2017-09.json
"$PB" import examples/west-berkshire-2017-10.csv --format csv >tests/golden/west-berkshire-2017-10.csv.csv
SOURCE_DATE_EPOCH=1509494400 "$PB" export examples/west-berkshire-2017-09.xlsx --profile examples/west-berkshire.profile.xml --as-of 2017-09-30 -o /tmp/planbridge-golden-board.xlsx
/usr/bin/python3 tests/board/golden_parts.py accept /tmp/planbridge-golden-board.xlsx tests/golden/board-west-berkshire-2017-09
rm -f /tmp/planbridge-golden-board.xlsx
echo "regenerated; review with: git diff tests/golden"
