#!/usr/bin/env bash
# Benchmark of search (prints figures; asserts nothing): for the sample
# handbook and for a generated site of PAGES pages, the size of the Pagefind
# index on disk, the time the indexer adds to a build, and the bytes a
# browser downloads for one query ("intake", cold) and for a next query
# ("gesprekken"), measured in Chromium through the theme's search box.
#   usage: scripts/bench-search.sh [PAGES=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}

scripts/install-deps.sh test >/dev/null
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDBOEK_TESTS=OFF >/dev/null
cmake --build build-bench >/dev/null
handboek=$(pwd)/build-bench/generator/handboek

work=$(mktemp -d /tmp/handboek-search-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# build SITE OUT: builds with and without search; prints the times.
build() {
  local start end with without
  start=$(date +%s%N); HANDBOEK_PAGEFIND=off "$handboek" build "$1" -o "$2" --quiet 2>/dev/null; end=$(date +%s%N)
  without=$(( (end - start) / 1000000 ))
  start=$(date +%s%N); "$handboek" build "$1" -o "$2" --quiet; end=$(date +%s%N)
  with=$(( (end - start) / 1000000 ))
  echo "  build: ${without} ms without search, ${with} ms with the Pagefind index"
}

# report OUT: index size on disk and bytes per query
report() {
  local html bundle files
  html=$(find "$1" -name '*.html' -not -path '*/pagefind/*' | wc -l)
  bundle=$(du -sb "$1/pagefind" | cut -f1)
  files=$(find "$1/pagefind" -type f | wc -l)
  echo "  $html HTML files; index on disk (pagefind/): $((bundle / 1024)) KiB in $files files" \
       "(index/ $(( $(du -sb "$1/pagefind/index" | cut -f1) / 1024 )) KiB," \
       "fragment/ $(( $(du -sb "$1/pagefind/fragment" | cut -f1) / 1024 )) KiB)"
  node scripts/bench/search_bytes.mjs "$1" intake gesprekken
}

echo "== sample handbook (this repository)"
build . "$work/sample"
report "$work/sample"

echo "== generated site: $pages pages"
python3 scripts/bench/make_search_site.py "$work/big-site" "$pages" "$(pwd)/themes/default"
build "$work/big-site" "$work/big"
report "$work/big"
