#!/usr/bin/env bash
# The main job: install what is needed, build planbridge, and import the example plans.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target planbridge
mkdir -p out
for f in examples/*.xlsx examples/*.csv; do
  echo "== planbridge import $f"
  ./build/planbridge import "$f" -o "out/$(basename "$f").json"
  echo "   wrote out/$(basename "$f").json"
done
echo "== planbridge inspect examples/west-berkshire-2017-10.xlsx"
./build/planbridge inspect examples/west-berkshire-2017-10.xlsx
