#!/usr/bin/env bash
# The main job: install what is needed, build planbridge, and import the example plans.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target planbridge
mkdir -p out
# West Berkshire's RAG key says an unshaded RAG cell means 'not yet started'. The workbooks and
# the Word document carry that key; the CSV copies lose it, so the council's profile says so.
PROFILE=examples/west-berkshire.profile.xml
for f in examples/*.xlsx examples/*.docx examples/*.csv; do
  echo "== planbridge import $f --profile $PROFILE"
  ./build/planbridge import "$f" --profile "$PROFILE" -o "out/$(basename "$f").json"
  echo "   wrote out/$(basename "$f").json"
done
./build/planbridge import examples/*.csv --profile "$PROFILE" --format csv -o out/examples.csv
echo "== wrote out/examples.csv (both CSV months, one row per action)"
echo "== planbridge inspect examples/west-berkshire-2017-10.docx"
./build/planbridge inspect examples/west-berkshire-2017-10.docx
echo "== planbridge export examples/west-berkshire-2017-10.xlsx -o out/board-2017-10.xlsx"
./build/planbridge export examples/west-berkshire-2017-10.xlsx --profile "$PROFILE" -o out/board-2017-10.xlsx
echo "   wrote out/board-2017-10.xlsx (the RAG-coloured board workbook)"
