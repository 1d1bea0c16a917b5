#!/usr/bin/env bash
# Benchmark of history at scale for a "bring your own" handbook (issue 11;
# prints figures, asserts nothing). Generates with scripts/bench/make_byo_repo.py
# a repository of plain Markdown (no front matter, index.md per folder,
# images beside pages, one-line site.yaml, no themes/) with COMMITS commits,
# topic branches and merge commits, then measures on it, best of RUNS:
#   - `git log --name-only` over all commits (the floor for reading history)
#   - handboek's history stage (--timings), and the whole build
#   usage: scripts/bench-byo-history.sh [PAGES=889] [COMMITS=10000] [RUNS=3] [BUILD_DIR=build-bench]
# With HANDBOOK=/path/to/a/git/repository (a real Markdown handbook, e.g. a
# clone of a company handbook, or a MkDocs or Docusaurus repository) it
# builds that instead, as a new user would: a clone with its whole history,
# without the build cache; a MkDocs or Docusaurus repository first as it
# stands (no site.yaml), then, as any repository without one, with a
# two-line site.yaml (title, `broken_links: warning`). For each build it
# prints the time, the language stage's share and the warnings counted by
# kind (raw HTML, SVG, CSS/JS, external images, links, front matter, spelling).
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-889}
commits=${2:-10000}
runs=${3:-3}
build=${4:-build-bench}
if [ ! -x "$build/generator/handboek" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDBOEK_TESTS=OFF >/dev/null
  cmake --build "$build" >/dev/null
fi
handboek=$(pwd)/$build/generator/handboek
export HANDBOEK_PAGEFIND=off  # the search index is measured by scripts/bench-search.sh

work=$(mktemp -d /tmp/handboek-byo-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ -n "${HANDBOOK:-}" ]; then
  git clone --quiet "$HANDBOOK" "$work/repo"
  # The folder of the pages as handboek finds it (docs/import.md): content/, else docs/.
  folder=content
  [ -d "$work/repo/content" ] || folder=docs
  pages=$(find "$work/repo/$folder" -name '*.md' 2>/dev/null | wc -l)
  # One build, as a new user would run it; $1 names the setup.
  build_real() {
    rm -rf "$work/out" "$work/repo/.handboek-cache"
    local start end status
    start=$(date +%s.%N)
    set +e
    "$handboek" build "$work/repo" -o "$work/out" --timings 2>"$work/build.err"
    status=$?
    set -e
    end=$(date +%s.%N)
    count() { grep -c -- "$1" "$work/build.err" || true; }
    local total language
    total=$(awk '/timing: total/ {print $4}' "$work/build.err")
    language=$(awk '/timing: language/ {print $4}' "$work/build.err")
    cat <<REPORT

handboek real handbook: $HANDBOOK, $1 ($pages Markdown pages in $folder/, $(git -C "$work/repo" rev-list --count HEAD) commits), $(nproc) cores
  exit code                         $status
  build (whole site, with history)  $(awk "BEGIN{printf \"%.2f\", $end - $start}") s
  language stage                    ${language:-0} s ($(awk "BEGIN{if (\"${total:-0}\" > 0) printf \"%.1f\", 100 * ${language:-0} / ${total}; else print 0}") % of the stages)
  errors                            $(count ': error: ')
  warnings                          $(count ': warning: ')
    raw HTML left out (pages)       $(count 'warning: HTML in de tekst:')
    SVG sanitized / not published   $(count 'warning: SVG-afbeelding:') / $(count 'warning: SVG-afbeelding niet gepubliceerd')
    css / js / html not published   $(count 'warning: een css') / $(count 'warning: een js') / $(count 'warning: een html')
    external images left out        $(count 'warning: afbeelding van buiten weggelaten')
    broken links and anchors        $(grep -c -E "warning: (link naar een pagina|link naar een formulier|geen anker|link ')" "$work/build.err" || true)
    files not published             $(count 'warning: niet gepubliceerd')
    front matter not read           $(count 'warning: front matter niet gelezen')
  $(grep 'spelling:' "$work/build.err" || echo 'spelling: -')
REPORT
  }
  if [ ! -f "$work/repo/site.yaml" ]; then
    # A MkDocs or Docusaurus repository builds without one (title, folder, menu from mkdocs.yml).
    if [ -f "$work/repo/mkdocs.yml" ] || ls "$work/repo"/docusaurus.config.* >/dev/null 2>&1; then
      build_real "without site.yaml"
    fi
    printf 'title: %s\nbroken_links: warning\n' "$(basename "$HANDBOOK")" >"$work/repo/site.yaml"
    build_real "with a two-line site.yaml"
  else
    build_real "with its own site.yaml"
  fi
  exit 0
fi
repo=$work/repo
echo "Generating $pages pages, $commits commits with topic branches and merges in $repo ..."
python3 scripts/bench/make_byo_repo.py "$repo" "$pages" "$commits"
merges=$(git -C "$repo" rev-list --merges --count HEAD)
total=$(git -C "$repo" rev-list --count HEAD)

best() {  # best of $runs: seconds of "$@"
  local best=""
  for _ in $(seq "$runs"); do
    local start end seconds
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    seconds=$(awk "BEGIN{print $end - $start}")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
  done
  echo "$best"
}
history_stage() {
  local best=""
  for _ in $(seq "$runs"); do
    local seconds
    seconds=$("$handboek" build "$repo" -o "$work/out" --quiet --timings 2>&1 | awk '/timing: history/ {print $4}')
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
  done
  echo "$best"
}

gitlog_s=$(best git -C "$repo" log --name-only --format=%H)
history_s=$(history_stage)
build_s=$(best "$handboek" build "$repo" -o "$work/out" --quiet)
"$handboek" build "$repo" -o "$work/out" --quiet 2>"$work/build.err" || { cat "$work/build.err"; exit 1; }
# grep -L exits 1 when it lists nothing; that is a count of 0, not a failure
with_history=$({ grep -l 'class="page-history"' -r "$work/out" --include=index.html | xargs grep -L 'no-history' || true; } | wc -l)
cat <<REPORT

handboek bring-your-own history benchmark: $pages pages, $total commits ($merges merges), $(nproc) cores, best of $runs
  git log --name-only (all commits)   ${gitlog_s} s
  handboek history stage              ${history_s} s   ratio to git log: $(awk "BEGIN{printf \"%.2f\", $history_s / $gitlog_s}")  (target ≤ 1.5)
  handboek build (whole site)         ${build_s} s
  pages built with a history          ${with_history}
REPORT
