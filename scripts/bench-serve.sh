#!/usr/bin/env bash
# Benchmark of `handboek serve` (prints figures; asserts nothing): on
# generated sites of 1,000 and 10,000 pages, the time from saving a one-page
# text edit to the new HTML being served (median of EDITS edits; targets
# ≤ 50 ms and ≤ 100 ms), next to a full `handboek build` of the same site
# and the preview's own first full build.
#   usage: scripts/bench-serve.sh [EDITS=15]
# HANDBOEK=path/to/handboek uses that binary instead of building build-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-15}

if [[ -z "${HANDBOEK:-}" ]]; then
  cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDBOEK_TESTS=OFF >/dev/null
  cmake --build build-bench >/dev/null
  HANDBOEK=$(pwd)/build-bench/generator/handboek
fi

work=$(mktemp -d /tmp/handboek-serve-bench.XXXXXX)
serve_pid=
cleanup() { [[ -n "$serve_pid" ]] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "handboek serve benchmark ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the start)"
for pages in 1000 10000; do
  site="$work/site-$pages"
  python3 scripts/bench/make_search_site.py "$site" "$pages" themes/default
  echo "== $pages pages"
  start=$(date +%s%N)
  # diagnostics (the generated text has words the Dutch dictionary lacks) to a file
  HANDBOEK_PAGEFIND=off "$HANDBOEK" build "$site" -o "$work/out-$pages" --quiet 2>"$work/build-$pages.log"
  end=$(date +%s%N)
  echo "  full build (handboek build, no search index): $(( (end - start) / 1000000 )) ms"

  "$HANDBOEK" serve "$site" --port 0 2>"$work/serve-$pages.log" &
  serve_pid=$!
  base=
  for _ in $(seq 1 600); do
    base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve-$pages.log" || true)
    [[ -n "$base" ]] && break
    sleep 0.1
  done
  [[ -n "$base" ]] || { cat "$work/serve-$pages.log"; exit 1; }
  echo "  preview's first full build: $(grep -o 'alles) opnieuw gemaakt in [0-9]* ms' "$work/serve-$pages.log" | grep -o '[0-9]* ms')"
  python3 scripts/bench/serve_edit.py "$base" "$site" content/onderwerp-000/pagina-042.md \
    /onderwerp-000/pagina-042/ "$edits"
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=
done
