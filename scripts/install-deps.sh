#!/usr/bin/env bash
# Installs what building and testing handboek needs, from Debian packages and
# the npm registry, and only what is missing: safe to run again.
#   install-deps.sh build   – compiler, CMake and the libraries
#   install-deps.sh test    – the above, plus Chromium and the browser-test npm packages
# Both install the search indexer (Pagefind, npm) into tools/search/, where
# `handboek build` finds it (docs/search.md); without it sites build without search.
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries and tools of the generator: HTTP for `serve` (cpp-httplib), JSON
# (nlohmann), raw HTML and SVG made safe (gumbo, libxml2), Dutch spelling and
# hyphenation (hunspell-nl, hyphen-nl), and the optional external tools
# `import` (pandoc) and training PDFs (weasyprint) run; dpkg-dev and file let
# CPack make the .deb (scripts/make-deb.sh).
build_packages=(g++ cmake ninja-build pkg-config git libcmark-gfm-dev libcmark-gfm-extensions-dev
  libyaml-cpp-dev libgit2-dev libkainjow-mustache-dev libdtl-dev catch2 nodejs npm
  libcpp-httplib-dev nlohmann-json3-dev libhunspell-dev hunspell-nl libhyphen-dev hyphen-nl
  libgumbo-dev libxml2-dev pandoc weasyprint dpkg-dev file)
# Tests also need the browser, PDF inspection (poppler-utils), clang with
# libFuzzer for the fuzz smoke runs, GCC's ThreadSanitizer runtime and ccache
# (which makes rebuilding the three test configurations cheap).
test_packages=(chromium poppler-utils clang libclang-rt-14-dev libtsan2 ccache)

want=("${build_packages[@]}")
[ "${1:-build}" = test ] && want+=("${test_packages[@]}")

missing=()
for package in "${want[@]}"; do
  # npm may come with nodejs (NodeSource builds); accept either.
  if [ "$package" = npm ] && command -v npm >/dev/null; then continue; fi
  if [ "$package" = nodejs ] && command -v node >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${1:-build}" = test ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "install-deps: installing browser-test packages (npm)"
  (cd tests/browser && npm install --no-audit --no-fund --silent)
fi

# The search indexer: `npm ls` checks (offline) that what is installed matches
# tools/search/package.json; only then is npm asked to install.
if ! (cd tools/search && npm ls --silent pagefind >/dev/null 2>&1); then
  echo "install-deps: installing the search indexer (npm: pagefind)"
  if ! (cd tools/search && npm install --no-audit --no-fund --silent); then
    echo "install-deps: warning: Pagefind could not be installed; sites will be built without search" >&2
  fi
fi
