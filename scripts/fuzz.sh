#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (docs/security.md "Fuzzing").
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# SECONDS per target (default 600); TARGETs from front_matter, form_yaml,
# markdown_blocks, link_resolution (default all). scripts/test.sh runs it
# with 30 seconds as the CI smoke run; run it for hours to fuzz for real.
# Builds build-fuzz with clang (-DHANDBOEK_FUZZ=ON), makes the seed corpus
# from the sample (tests/fuzz/make-corpus.sh), and keeps what the fuzzers
# learn in build-fuzz/corpus/TARGET, so a later run goes on from there.
# A finding (crash, sanitizer report, timeout, out of memory) is written to
# build-fuzz/findings/TARGET/ and ends the script with status 1; reproduce
# it with build-fuzz/tests/fuzz/fuzz_TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front_matter form_yaml markdown_blocks link_resolution)

# -O1 with line tables only (and assertions on): what libFuzzer suggests,
# and it compiles in about half the time of -O2 -g on CI's two cores.
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHANDBOEK_FUZZ=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_targets

tests/fuzz/make-corpus.sh build-fuzz/seeds
status=0
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target" "build-fuzz/findings/$target"
  log="build-fuzz/findings/$target/last-run.log"
  # -timeout: one input taking 10 s is a finding (a stall); -rss_limit_mb:
  # so is one needing 2 GB. New inputs go into the first folder only.
  if ! "build-fuzz/tests/fuzz/fuzz_$target" "build-fuzz/corpus/$target" "build-fuzz/seeds/$target" \
    -dict=tests/fuzz/handboek.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="build-fuzz/findings/$target/" -print_final_stats=1 >"$log" 2>&1; then
    echo "fuzz $target: FINDING, see $log and build-fuzz/findings/$target/"
    grep -m 3 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" || tail -n 20 "$log"
    status=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  inputs=$(find "build-fuzz/corpus/$target" -type f | wc -l)
  echo "fuzz $target: ${seconds} s, $runs inputs run ($rate/s), no finding; corpus $inputs inputs"
done
exit $status
