#!/usr/bin/env bash
# Configures and builds the one sanitizer build, build-asan: clang at -O1
# with line tables, AddressSanitizer + UndefinedBehaviorSanitizer and
# libFuzzer's coverage (fuzzer-no-link) on every library. The Catch2 tests
# (ctest) and the fuzz targets (scripts/fuzz.sh) both run from it, so the
# tree is instrumented and compiled once.
#   scripts/sanitizer-build.sh [TARGET...]   (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."

CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHANDBOEK_FUZZ=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build build-asan -j "$(nproc)" "${targets[@]}"
