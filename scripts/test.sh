#!/usr/bin/env bash
# Installs what is needed, builds planbridge (release with GCC, and ASan+UBSan with clang, which
# also builds the libFuzzer targets) and runs every test in both; then the test files of threaded
# code again under ThreadSanitizer (big sheets and shared strings are read on several threads),
# and each fuzz target for a short, fixed time (tests/fuzz/README.md says how to run them for hours).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
jobs=$(nproc)
# Through ccache: .ci/run's build of the main job (its own folder, no tests) then reuses these objects.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLANBRIDGE_TESTS=ON \
  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build -j "$jobs"
cmake --build build -j "$jobs" --target bench_read bench_export  # not built by default: built here so that they cannot rot
# -O1: ASan's usual level, twice the speed of -O0 for the tests and the fuzzing, same reports.
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DPLANBRIDGE_SANITIZE=ON -DPLANBRIDGE_FUZZ=ON -DPLANBRIDGE_TESTS=ON >/dev/null
cmake --build build-asan -j "$jobs"
echo "== tests (release build)"
ctest --test-dir build --output-on-failure -j "$jobs"
echo "== tests (ASan+UBSan build)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"
echo "== threaded reading (ThreadSanitizer build)"
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANBRIDGE_TSAN=ON -DPLANBRIDGE_TESTS=ON >/dev/null
cmake --build build-tsan -j "$jobs" --target threaded_tests  # the test files of threaded code (tests/CMakeLists.txt)
TSAN_OPTIONS="halt_on_error=1 suppressions=$PWD/tests/tsan.supp" build-tsan/tests/threaded_tests
echo "== fuzzing: each target ${PLANBRIDGE_FUZZ_SECONDS:-30} s (ASan+UBSan build)"
bash tests/fuzz/run_fuzzers.sh build-asan/tests/fuzz "${PLANBRIDGE_FUZZ_SECONDS:-30}"
