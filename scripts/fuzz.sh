#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/security.md "Fuzzing").
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# SECONDS per target (default 600); TARGETs from front_matter, form_yaml,
# markdown_blocks, link_resolution (default all). scripts/test.sh runs it
# with 30 seconds as the CI smoke run; run it for hours to fuzz for real.
# The targets run side by side, as many at a time as there are cores.
# Builds them in the sanitizer build (scripts/sanitizer-build.sh, build-asan,
# shared with the sanitizer ctest run), makes the seed corpus from the
# sample (tests/fuzz/make-corpus.sh), and keeps what the fuzzers learn in
# build-asan/corpus/TARGET, so a later run goes on from there.
# A finding (crash, sanitizer report, timeout, out of memory) is written to
# build-asan/findings/TARGET/ and ends the script with status 1; reproduce
# it with build-asan/tests/fuzz/fuzz_TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front_matter form_yaml markdown_blocks link_resolution)

scripts/sanitizer-build.sh fuzz_targets
build=build-asan

tests/fuzz/make-corpus.sh $build/seeds

# One target: runs it for $seconds and leaves its verdict in findings/TARGET/.
run_target() {
  local target=$1
  mkdir -p "$build/corpus/$target" "$build/findings/$target"
  local log="$build/findings/$target/last-run.log"
  # -timeout: one input taking 10 s is a finding (a stall); -rss_limit_mb:
  # so is one needing 2 GB. New inputs go into the first folder only.
  if "$build/tests/fuzz/fuzz_$target" "$build/corpus/$target" "$build/seeds/$target" \
    -dict=tests/fuzz/handboek.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/findings/$target/" -print_final_stats=1 >"$log" 2>&1; then
    echo ok >"$build/findings/$target/verdict"
  else
    echo finding >"$build/findings/$target/verdict"
  fi
}

# Side by side, at most one target per core.
cores=$(nproc)
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$cores" ]; do wait -n; done
  run_target "$target" &
done
wait

status=0
for target in "${targets[@]}"; do
  log="$build/findings/$target/last-run.log"
  if [ "$(cat "$build/findings/$target/verdict")" != ok ]; then
    echo "fuzz $target: FINDING, see $log and $build/findings/$target/"
    grep -m 3 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" || tail -n 20 "$log"
    status=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  inputs=$(find "$build/corpus/$target" -type f | wc -l)
  echo "fuzz $target: ${seconds} s, $runs inputs run ($rate/s), no finding; corpus $inputs inputs"
done
exit $status
