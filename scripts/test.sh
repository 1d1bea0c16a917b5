#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, then the Catch2 unit
# and integration tests in a normal build and in the one sanitizer build
# (clang, ASan + UBSan, which also holds the fuzz targets), the tests of the
# parallel stages under ThreadSanitizer, a short run of every fuzz target,
# and beside those the browser tests in Debian's Chromium against the freshly
# built sample site. Prints how long each step took, and a total.
#   scripts/test.sh           the whole suite (the README's test command, CI)
#   scripts/test.sh --quick   the edit loop: normal build, its ctest, browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
case "${1:-}" in
  --quick) quick=true ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac

# Step timings: `step NAME COMMAND...` runs the command and records its time
# and result (a step runs in an `||` context, where `set -e` does not apply:
# its commands are chained with &&). A failing step does not stop the suite (every failure is shown
# in one run, not only the first); the table at the end marks it and the
# script exits 1.
step_names=()
step_seconds=()
step_results=()
suite_start=$(date +%s)
print_timings() {
  local status=$?
  local elapsed=$(($(date +%s) - suite_start))
  echo
  echo "== Timings"
  local i
  for i in "${!step_names[@]}"; do
    printf '  %-38s %4d s  %s\n' "${step_names[$i]}" "${step_seconds[$i]}" "${step_results[$i]}"
  done
  printf '  %-38s %4d s  (%d min %d s)%s\n' "total" "$elapsed" $((elapsed / 60)) $((elapsed % 60)) \
    "$([ "$status" -eq 0 ] || echo ", FAILED")"
}
trap print_timings EXIT
failed=0
step() {
  local name=$1
  shift
  echo "== $name"
  local start result=ok
  start=$(date +%s)
  "$@" || { result=FAILED; failed=1; }
  step_names+=("$name")
  step_seconds+=($(($(date +%s) - start)))
  step_results+=("$result")
}

jobs=$(nproc)

# How many Catch2 cases a test binary holds: each test file is one ctest
# entry running all of its cases (tests/CMakeLists.txt), so this is the count
# to compare when tests are added or moved.
count_cases() {
  local build=$1 binary
  for binary in unit_tests integration_tests; do
    printf '%s: %s cases; ' "$binary" "$("$build/tests/$binary" --list-test-names-only | grep -c .)"
  done
  echo
}

normal_build() {
  # -g1 (line tables and functions): a third less compile time than -g.
  cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    >/dev/null && cmake --build build-test -j "$jobs"
}
normal_ctest() {
  count_cases build-test && ctest --test-dir build-test --output-on-failure -j "$jobs"
}
sanitizer_ctest() {
  count_cases build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-asan --output-on-failure -j "$jobs"
}
# The loader, renderer, language check and history walker on -j threads:
# tests/CMakeLists.txt lists the tests in parallel_tests. -O1 -g1 keeps the
# build short; ASLR off because GCC 12's TSan runtime cannot place its
# shadow memory on kernels with many mmap random bits.
tsan_build() {
  cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DHANDBOEK_SANITIZE=thread >/dev/null && cmake --build build-tsan -j "$jobs" --target handboek parallel_tests
}
tsan_run() {
  echo "parallel_tests: $(build-tsan/tests/parallel_tests --list-test-names-only | grep -c .) cases"
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" setarch "$(uname -m)" -R build-tsan/tests/parallel_tests
}
browser_tests() {
  local site
  site=$(mktemp -d /tmp/handboek-browser-site.XXXXXX)
  # The sample with its demo git history, so versions, history and change
  # pages are tested in the browser too.
  scripts/make-demo-history.sh "$site/demo-handbook" >/dev/null &&
    ./build-test/generator/handboek build "$site/demo-handbook" -o "$site/public" --quiet || return 1
  local specs=(tests/browser/*.spec.mjs)
  echo "browser specs: ${#specs[@]} files"
  local status=0
  (cd tests/browser && HANDBOEK_SITE="$site/public" node --test --test-concurrency=1 ./*.spec.mjs) || status=$?
  rm -rf "$site"
  return $status
}

step "install dependencies" scripts/install-deps.sh test
step "normal build" normal_build
step "normal ctest" normal_ctest
if $quick; then
  step "browser tests (Chromium)" browser_tests
  exit $failed
fi

# The browser tests need only the normal build and use about one core
# (Chromium waits on pages more than it computes), so they run beside the
# sanitizer, TSan and fuzz steps; their output is printed when they end.
browser_log=$(mktemp /tmp/handboek-browser-log.XXXXXX)
(
  start=$(date +%s)
  result=ok
  browser_tests >"$browser_log" 2>&1 || result=FAILED
  echo "$(($(date +%s) - start)) $result" >"$browser_log.result"
) &
browser_pid=$!

step "sanitizer build (clang, ASan+UBSan)" scripts/sanitizer-build.sh
step "sanitizer ctest" sanitizer_ctest
step "TSan build" tsan_build
step "TSan parallel_tests" tsan_run
# Long runs: scripts/fuzz.sh SECONDS (docs/security.md "Fuzzing").
step "fuzz smoke run (30 s per target)" scripts/fuzz.sh 30

echo "== browser tests (Chromium), run beside the steps above"
wait "$browser_pid" || true
cat "$browser_log"
read -r browser_seconds browser_result <"$browser_log.result" || { browser_seconds=0; browser_result=FAILED; }
rm -f "$browser_log" "$browser_log.result"
step_names+=("browser tests (beside the steps above)")
step_seconds+=("$browser_seconds")
step_results+=("$browser_result")
[ "$browser_result" = ok ] || failed=1
exit $failed
