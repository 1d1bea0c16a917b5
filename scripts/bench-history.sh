#!/usr/bin/env bash
# Benchmark of history and versions at scale (issue 12; prints figures,
# asserts nothing). For each configuration PAGES:RELEASES it generates a
# repository (scripts/bench/make_repo.py: COMMITS commits, RELEASES release
# tags, the same bytes every run) and measures on it, side by side in one run:
#   - `git log --name-only` over all commits (the floor for reading history)
#   - handboek's history stage (--timings)
#   - handboek build of one version (site.yaml narrowed to the newest tag)
#   - handboek build of all releases, cold (an empty build cache)
#   - handboek build of all releases, warm (the cache of the cold build, and
#     one new commit in the working tree since)
#   - Hugo (Debian's hugo) with enableGitInfo (last commit per page only)
# Wall and CPU time and peak memory (GNU time) of the best of RUNS runs;
# docs/performance.md says what is measured and what is not.
#   usage: scripts/bench-history.sh [CONFIGS="1000:10 10000:20"] [COMMITS=2000] [RUNS=1]
#   (HANDBOEK_BENCH_BIN=path/to/handboek measures an existing binary)
set -euo pipefail
cd "$(dirname "$0")/.."
configs=${1:-"1000:10 10000:20"}
commits=${2:-2000}
runs=${3:-1}

need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
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
# (before each, untimed: the output folder is removed and $before_each runs).
before_each=true
best_of() {
  local best="" best_cpu="" best_mem=""
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
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
    seconds=$("$handboek" build "$1" -o "$work/out" --quiet --timings 2>&1 | awk '/timing: history/ {print $4}')
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
  history_s=$(history_stage "$repo")
  cache=$work/cache-$pages-$releases
  before_each="rm -rf $cache"
  read -r all_s all_cpu all_kib < <(best_of "$handboek" build "$repo" -o "$work/out" --quiet --cache "$cache")
  before_each=true
  # One new commit that is not a release: every release is in the cache.
  printf '\nEen nieuwe alinea.\n' >>"$(find "$repo/content" -name '*.md' | sort | head -n 1)"
  git -C "$repo" -c user.name=Anne -c user.email=anne@example.nl commit -qam "Een nieuwe alinea" --author="Anne de Vries <anne@example.nl>"
  read -r warm_s warm_cpu warm_kib < <(best_of "$handboek" build "$repo" -o "$work/out" --quiet --cache "$cache")
  newest=$(git -C "$repo" describe --tags --abbrev=0)
  cp "$repo/site.yaml" "$work/site.yaml.orig"
  printf 'versions:\n  tags: "%s"\n' "$newest" >>"$repo/site.yaml"  # working-tree config: only the newest release
  read -r one_s one_cpu one_kib < <(best_of "$handboek" build "$repo" -o "$work/out" --quiet --no-cache)
  cp "$work/site.yaml.orig" "$repo/site.yaml"
  read -r hugo_s hugo_cpu hugo_kib < <(best_of hugo --quiet -s "$repo" -d "$work/out")

  all_target="≤ 2"
  [ "$pages" -ge 10000 ] && all_target="≤ 4, peak ≤ 1024 MiB"
  echo "$pages pages, $releases releases"
  row "git log --name-only" "$git_s" "$git_cpu" "$git_kib"
  printf '  %-38s %8.2f s wall  ratio to git log %s (target ≤ 1.5)\n' "handboek history stage" "$history_s" \
    "$(ratio "$history_s" "$git_s")"
  row "handboek, one version" "$one_s" "$one_cpu" "$one_kib"
  row "handboek, all $releases releases (cold)" "$all_s" "$all_cpu" "$all_kib" \
    "ratio to one version $(ratio "$all_s" "$one_s") (target $all_target)"
  row "handboek, all $releases releases (warm)" "$warm_s" "$warm_cpu" "$warm_kib" \
    "ratio to one version $(ratio "$warm_s" "$one_s") (target ≤ 1.3)"
  row "hugo --enableGitInfo" "$hugo_s" "$hugo_cpu" "$hugo_kib"
  echo "  one version / hugo: wall $(ratio "$one_s" "$hugo_s") (target ≤ 0.3), peak memory $(ratio "$one_kib" "$hugo_kib") (target ≤ 0.15)"
done
