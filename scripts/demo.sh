#!/usr/bin/env bash
# The main job: install what is needed, build planbridge, and import the example plans.
# Needs only what running needs: the tests are left out of the build when Catch2 is absent.
# PLANBRIDGE_BUILD (default: build) and PLANBRIDGE_CMAKE_ARGS let .ci/run do exactly this job in
# a build folder of its own, with Catch2 hidden from CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
B=${PLANBRIDGE_BUILD:-build}
# shellcheck disable=SC2086  # PLANBRIDGE_CMAKE_ARGS is a list of arguments
cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=Release ${PLANBRIDGE_CMAKE_ARGS:-} >/dev/null
cmake --build "$B" --target planbridge
mkdir -p out
# West Berkshire's RAG key says an unshaded RAG cell means 'not yet started'. The workbooks and
# the Word document carry that key; the CSV copies lose it, so the council's profile says so.
PROFILE=examples/west-berkshire.profile.xml
for f in examples/*.xlsx examples/*.docx examples/*.csv; do
  echo "== planbridge import $f --profile $PROFILE"
  "$B/planbridge" import "$f" --profile "$PROFILE" -o "out/$(basename "$f").json"
  echo "   wrote out/$(basename "$f").json"
done
"$B/planbridge" import examples/*.csv --profile "$PROFILE" --format csv -o out/examples.csv
echo "== wrote out/examples.csv (both CSV months, one row per action)"
echo "== planbridge inspect examples/west-berkshire-2017-10.docx"
"$B/planbridge" inspect examples/west-berkshire-2017-10.docx
echo "== planbridge export examples/west-berkshire-2017-10.xlsx --since examples/west-berkshire-2017-09.xlsx -o out/board-2017-10.xlsx"
"$B/planbridge" export examples/west-berkshire-2017-10.xlsx --since examples/west-berkshire-2017-09.xlsx --profile "$PROFILE" \
  -o out/board-2017-10.xlsx
echo "   wrote out/board-2017-10.xlsx (the RAG-coloured board workbook, with what changed since September)"
# The board pack as an email for the officer's own mail program (docs/mail.md; --smtp sends it).
echo "== planbridge mail --to board@westberks.example --attach out/board-2017-10.xlsx --since … --eml out/board-2017-10.eml"
"$B/planbridge" mail --from "Improvement Officer <improvement@westberks.example>" --to "Improvement Board <board@westberks.example>" \
  --attach out/board-2017-10.xlsx --summary-from examples/west-berkshire-2017-10.xlsx --since examples/west-berkshire-2017-09.xlsx \
  --profile "$PROFILE" --eml out/board-2017-10.eml
# The monthly collection: a copy for each lead, then their returns merged (examples/returns:
# a conflict, a copy of last month's plan, an edit to someone else's action). merge exits 1
# when conflicts are left for the officer, as here.
echo "== planbridge split examples/west-berkshire-2017-10.xlsx --by owner -o out/copies --return-by 2017-11-10"
"$B/planbridge" split examples/west-berkshire-2017-10.xlsx --by owner -o out/copies --return-by 2017-11-10 --profile "$PROFILE"
echo "== planbridge mail --leads out/copies --contacts examples/mail/contacts.csv --eml out/lead-mail"
"$B/planbridge" mail --leads out/copies --contacts examples/mail/contacts.csv --from "Improvement Officer <improvement@westberks.example>" \
  --eml out/lead-mail >/dev/null
echo "   wrote out/lead-mail/*.eml (each lead their copy, their actions and the return date)"
echo "== planbridge merge examples/west-berkshire-2017-10.xlsx examples/returns/*.xlsx -o out/merged-2017-10.xlsx"
status=0
"$B/planbridge" merge examples/west-berkshire-2017-10.xlsx examples/returns/*.xlsx --profile "$PROFILE" \
  -o out/merged-2017-10.xlsx --report out/merge-2017-10.json || status=$?
[[ $status == 0 || $status == 1 ]] || exit "$status"
echo "   wrote out/merged-2017-10.xlsx (with a Returns sheet) and out/merge-2017-10.json"
