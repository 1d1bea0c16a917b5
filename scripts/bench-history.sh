#!/usr/bin/env bash
# Benchmark of history and versions at scale (issue 12; prints figures,
# asserts nothing). For each configuration PAGES:RELEASES it generates a
# repository (scripts/bench/make_repo.py: COMMITS commits, RELEASES release
# tags, the same bytes every run) and measures on it, side by side in one run:
#   - `git log --name-only` over all commits (the floor for reading history)
#   - handboek's history stage (--timings)
#   - handboek build of all releases, cold (an empty build cache)
#   - handboek build of all releases, warm (the cache of the cold build,
#     nothing changed; and again after one new commit in the working tree),
#     into the site the build before it wrote, as an editor's next build
#     does (the other runs start without an output folder)
#   - handboek build of one version: site.yaml narrowed to one release tag,
#     committed and tagged, so the working tree is that release (what Hugo
#     builds: the files as they are)
#   - Hugo (Debian's hugo, installed when missing) with enableGitInfo (last
#     commit per page only)
# Wall and CPU time and peak memory (GNU time) of the best of RUNS runs,
# and every row of issue 27's table with its target, with the load average
# beside it; docs/performance.md says what is measured and what is not.
#   usage: scripts/bench-history.sh [CONFIGS="1000:10 10000:20"] [COMMITS=2000] [RUNS=1]
#   (HANDBOEK_BENCH_BIN=path/to/handboek measures an existing binary)
set -euo pipefail
cd "$(dirname "$0")/.."
configs=${1:-"1000:10 10000:20"}
commits=${2:-2000}
runs=${3:-1}

need=()
[ -x /usr/bin/time ] || need+=(time)
command -v hugo >/dev/null || need+=(hugo)  # Debian's Hugo, side by side
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
scripts/install-deps.sh build >/dev/null
# HANDBOEK_BENCH_BIN: measure that binary instead of building build-bench.
handboek=${HANDBOEK_BENCH_BIN:-}
if [ -z "$handboek" ]; then
  cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDBOEK_TESTS=OFF >/dev/null
  cmake --build build-bench >/dev/null
  handboek=$(pwd)/build-bench/generator/handboek
fi
# Hugo builds no search index, so neither does handboek here; the search
# index is measured by scripts/bench-search.sh.
export HANDBOEK_PAGEFIND=off

work=$(mktemp -d /tmp/handboek-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# best_of CMD...: prints "wall_s cpu_s peak_kib" of the fastest of $runs runs
# (before each, untimed: the output folder is removed, unless keep_out=1 —
# a warm build is an editor's next build, into the site of the last one —
# and $before_each runs).
before_each=true
keep_out=0
out_dir=$work/out
best_of() {
  local best="" best_cpu="" best_mem=""
  for _ in $(seq "$runs"); do
    [ "$keep_out" = 1 ] || rm -rf "$out_dir"
    $before_each
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" >/dev/null 2>&1
    local wall user system memory
    read -r wall user system memory < <(tail -n 1 "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
      best=$wall; best_cpu=$(awk "BEGIN{print $user + $system}"); best_mem=$memory
    fi
  done
  echo "$best $best_cpu $best_mem"
}

history_stage() {  # best history-stage seconds of $runs builds
  local best=""
  for _ in $(seq "$runs"); do
    local seconds
    seconds=$("$handboek" build "$1" -o "$work/history" --no-cache --quiet --timings 2>&1 |
      awk '/timing: history/ {print $4}')
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
  done
  echo "$best"
}

ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }
row() {  # label wall cpu kib [note]
  printf '  %-38s %8.2f s wall %8.2f s cpu %7d MiB  %s\n' "$1" "$2" "$3" "$(($4 / 1024))" "${5:-}"
}

echo "handboek versions benchmark: $commits commits, $(nproc) cores, best of $runs, $(date -u +%Y-%m-%dT%H:%MZ)"
for config in $configs; do
  pages=${config%:*}
  releases=${config#*:}
  repo=$work/repo-$pages-$releases
  echo
  echo "Generating $pages pages, $commits commits, $releases release tags ..."
  python3 scripts/bench/make_repo.py "$repo" "$pages" "$commits" "$(pwd)/themes/default" "$releases" >/dev/null

  read -r git_s git_cpu git_kib < <(best_of git -C "$repo" log --name-only --format=%H)
  # One version and Hugo first, each into a folder of its own, before any
  # build has deleted a big site: on a file system without a journal (ext4
  # here) making files right after many were deleted is several times
  # slower, and which build came after a deletion would decide the ratio.
  # One version: site.yaml narrowed to one release, committed and tagged,
  # the working tree clean (what an editor has right after a release).
  head_before=$(git -C "$repo" rev-parse HEAD)
  printf 'versions:\n  tags: "veen"\n' >>"$repo/site.yaml"
  git -C "$repo" -c user.name=Anne -c user.email=anne@example.nl commit -qam "Eén versie" --author="Anne de Vries <anne@example.nl>"
  git -C "$repo" -c user.name=Anne -c user.email=anne@example.nl tag -a veen -m "Eén versie"
  out_dir=$work/one
  read -r one_s one_cpu one_kib < <(best_of "$handboek" build "$repo" -o "$out_dir" --quiet --no-cache)
  git -C "$repo" tag -d veen >/dev/null
  git -C "$repo" reset -q --hard "$head_before"
  hugo_note="hugo is not installed (apt-get install hugo): no Hugo figures"
  if command -v hugo >/dev/null; then
    out_dir=$work/hugo
    read -r hugo_s hugo_cpu hugo_kib < <(best_of hugo --quiet -s "$repo" -d "$out_dir")
    hugo_note=""
  fi
  out_dir=$work/out

  history_s=$(history_stage "$repo")
  cache=$work/cache-$pages-$releases
  before_each="rm -rf $cache"
  read -r all_s all_cpu all_kib < <(best_of "$handboek" build "$repo" -o "$work/out" --quiet --cache "$cache")
  before_each=true
  keep_out=1
  read -r same_s same_cpu same_kib < <(best_of "$handboek" build "$repo" -o "$work/out" --quiet --cache "$cache")
  # One new commit that is not a release: every release is in the cache.
  printf '\nEen nieuwe alinea.\n' >>"$(find "$repo/content" -name '*.md' | sort | head -n 1)"
  git -C "$repo" -c user.name=Anne -c user.email=anne@example.nl commit -qam "Een nieuwe alinea" --author="Anne de Vries <anne@example.nl>"
  read -r warm_s warm_cpu warm_kib < <(best_of "$handboek" build "$repo" -o "$work/out" --quiet --cache "$cache")
  keep_out=0
  rm -rf "$work/one" "$work/hugo" "$work/history" "$work/out" "$cache"

  echo "$pages pages, $releases releases (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  row "git log --name-only" "$git_s" "$git_cpu" "$git_kib"
  printf '  %-38s %8.2f s wall  ratio to git log %s (target ≤ 1.5)\n' "handboek history stage" "$history_s" \
    "$(ratio "$history_s" "$git_s")"
  row "handboek, one version" "$one_s" "$one_cpu" "$one_kib"
  row "handboek, all $releases releases (cold)" "$all_s" "$all_cpu" "$all_kib" \
    "ratio to one version $(ratio "$all_s" "$one_s")"
  row "handboek, all $releases releases (warm)" "$same_s" "$same_cpu" "$same_kib" \
    "ratio to one version $(ratio "$same_s" "$one_s") (nothing changed)"
  row "handboek, warm after one commit" "$warm_s" "$warm_cpu" "$warm_kib" \
    "ratio to one version $(ratio "$warm_s" "$one_s")"
  if [ -z "$hugo_note" ]; then
    row "hugo --enableGitInfo" "$hugo_s" "$hugo_cpu" "$hugo_kib"
  else
    echo "  $hugo_note"
  fi
  # Issue 27's table: measured against target.
  echo "  issue 27 (measured / target):"
  if [ -z "$hugo_note" ]; then
    echo "    one version, wall vs Hugo            $(ratio "$one_s" "$hugo_s")× (cpu $(ratio "$one_cpu" "$hugo_cpu")×) / ≤ 0.3×"
    echo "    peak memory vs Hugo                  $(ratio "$one_kib" "$hugo_kib")× / ≤ 0.15×"
  else
    echo "    one version, wall vs Hugo            — (no hugo) / ≤ 0.3×"
    echo "    peak memory vs Hugo                  — (no hugo; handboek $((one_kib / 1024)) MiB) / ≤ 0.15×"
  fi
  # CPU seconds beside wall: on a shared machine they are the steadier figure.
  echo "    $releases releases cold vs one version     $(ratio "$all_s" "$one_s")× (cpu $(ratio "$all_cpu" "$one_cpu")×) / ≤ $([ "$pages" -ge 10000 ] && echo 6 || echo 3)×"
  echo "    same, warm (nothing changed)         $(ratio "$same_s" "$one_s")× (cpu $(ratio "$same_cpu" "$one_cpu")×) / ≤ 1.2×"
  if [ "$pages" -ge 10000 ]; then
    echo "    $releases releases cold, peak memory      $((all_kib / 1024)) MiB / ≤ 512 MiB"
  fi
done
