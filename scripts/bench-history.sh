#!/usr/bin/env bash
# Benchmark of history and versions (prints figures; asserts nothing).
# Generates a repository with N pages and M commits (5 release tags) and
# measures, on the same repository and machine, side by side:
#   - `git log --name-only` over all commits (the floor for reading history)
#   - handboek's history stage (one revwalk with rename detection)
#   - handboek build of all 5 releases, and of 1 release (reuse across versions)
#   - Hugo (Debian's hugo) with enableGitInfo
# Wall time is the best of RUNS runs; memory is peak RSS (GNU time).
#   usage: scripts/bench-history.sh [PAGES=10000] [COMMITS=2000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
commits=${2:-2000}
runs=${3:-3}

need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
scripts/install-deps.sh build >/dev/null
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDBOEK_TESTS=OFF >/dev/null
cmake --build build-bench >/dev/null
handboek=$(pwd)/build-bench/generator/handboek
# Hugo builds no search index, so neither does handboek here; the search
# index is measured by scripts/bench-search.sh.
export HANDBOEK_PAGEFIND=off

work=$(mktemp -d /tmp/handboek-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
echo "Generating $pages pages, $commits commits, 5 release tags in $repo ..."
python3 scripts/bench/make_repo.py "$repo" "$pages" "$commits" "$(pwd)/themes/default"

# best_of CMD...: prints "seconds peak_kib" of the fastest of $runs runs.
best_of() {
  local best="" best_mem=""
  for _ in $(seq "$runs"); do
    local line
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
    line=$(tail -n 1 "$work/time.txt")
    local seconds=${line% *} memory=${line#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; best_mem=$memory; fi
  done
  echo "$best $best_mem"
}

history_stage() {  # best history-stage seconds of $runs builds
  local best=""
  for _ in $(seq "$runs"); do
    local seconds
    seconds=$("$handboek" build "$repo" -o "$work/out-history" --quiet --timings 2>&1 | awk '/timing: history/ {print $4}')
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
  done
  echo "$best"
}

read -r gitlog_s _ < <(best_of git -C "$repo" log --name-only --format=%H)
history_s=$(history_stage)
read -r five_s five_kib < <(best_of "$handboek" build "$repo" -o "$work/out-five" --quiet)
newest=$(git -C "$repo" describe --tags --abbrev=0)
cp "$repo/site.yaml" "$work/site.yaml.orig"
printf 'versions:\n  tags: "%s"\n' "$newest" >>"$repo/site.yaml"  # working-tree config: only the newest release
read -r one_s one_kib < <(best_of "$handboek" build "$repo" -o "$work/out-one" --quiet)
cp "$work/site.yaml.orig" "$repo/site.yaml"
read -r hugo_s hugo_kib < <(best_of hugo --quiet -s "$repo" -d "$work/out-hugo")

ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }
cat <<REPORT

handboek history benchmark: $pages pages, $commits commits, 5 releases, $(nproc) cores, best of $runs
  git log --name-only (all commits)        ${gitlog_s} s
  handboek history stage                   ${history_s} s   ratio to git log:  $(ratio "$history_s" "$gitlog_s")  (target ≤ 1.5)
  handboek build, 5 releases               ${five_s} s   peak $((five_kib / 1024)) MiB
  handboek build, 1 release                ${one_s} s   peak $((one_kib / 1024)) MiB
  five releases / one release              $(ratio "$five_s" "$one_s")  (target ≤ 1.5)
  hugo --enableGitInfo (last commit only)  ${hugo_s} s   peak $((hugo_kib / 1024)) MiB
  handboek 5 releases / hugo (time)        $(ratio "$five_s" "$hugo_s")
  handboek 1 release / hugo (time)         $(ratio "$one_s" "$hugo_s")  (target ≤ 0.3)
  handboek 1 release / hugo (memory)       $(ratio "$one_kib" "$hugo_kib")  (target ≤ 0.25)
REPORT
