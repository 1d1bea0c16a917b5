#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, then the Catch2 unit
# and integration tests in a normal and in an ASan+UBSan build, the tests of
# the parallel stages under ThreadSanitizer, a short run of every fuzz
# target, then the browser tests in Debian's Chromium against the freshly
# built sample site.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh test
jobs=$(nproc)

echo "== C++ tests (RelWithDebInfo)"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test --output-on-failure -j "$jobs"

echo "== C++ tests (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHANDBOEK_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "== Parallel stages under ThreadSanitizer (handboek and parallel_tests only)"
# The loader, renderer, language check and history walker on -j threads:
# tests/CMakeLists.txt lists the tests in parallel_tests. -O1 -g1 keeps the
# build short; ASLR off because GCC 12's TSan runtime cannot place its
# shadow memory on kernels with many mmap random bits.
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DHANDBOEK_SANITIZE=thread >/dev/null
cmake --build build-tsan -j "$jobs" --target handboek parallel_tests
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" setarch "$(uname -m)" -R build-tsan/tests/parallel_tests

echo "== Fuzzing smoke run (libFuzzer, clang; 30 s per target)"
# Long runs: scripts/fuzz.sh SECONDS (docs/security.md "Fuzzing").
scripts/fuzz.sh 30

echo "== Browser tests (Chromium)"
site=$(mktemp -d /tmp/handboek-browser-site.XXXXXX)
trap 'rm -rf "$site"' EXIT
# The sample with its demo git history, so versions, history and change
# pages are tested in the browser too.
scripts/make-demo-history.sh "$site/demo-handbook" >/dev/null
./build-test/generator/handboek build "$site/demo-handbook" -o "$site/public" --quiet
(cd tests/browser && HANDBOEK_SITE="$site/public" node --test --test-concurrency=1 ./*.spec.mjs)
