#!/usr/bin/env bash
# Makes the Debian package handboek_<version>_amd64.deb with CPack from a
# build folder: the binary and the default theme under /usr, the shared
# libraries it needs found by dpkg-shlibdeps (generator/debian_package.cmake).
#   scripts/make-deb.sh [BUILD_DIR [OUT_DIR]]     (defaults: build, BUILD_DIR/deb)
# The version is $HANDBOEK_VERSION, else the newest v* tag of this repository
# without its "v", else 0.0~git<date>.<commit>. Prints the .deb's path.
# Install it with `apt install ./handboek_…deb` (or dpkg -i); tested by
# tests/integration/debian_package_test.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-$build/deb}

version=${HANDBOEK_VERSION:-}
if [ -z "$version" ]; then
  if tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null); then
    version=${tag#v}
  else
    version="0.0~git$(git log -1 --format=%cd --date=format:%Y%m%d).$(git rev-parse --short HEAD)"
  fi
fi

[ -f "$build/CPackConfig.cmake" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build "$build" --target handboek >&2
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -R "$version" -B "$out" >&2
rm -rf "$out/_CPack_Packages"
ls "$out"/handboek_"$version"_*.deb
