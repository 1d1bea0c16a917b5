#!/usr/bin/env bash
# The main job: installs what is missing, builds the generator, makes the
# demo git history of the sample handbook (build/demo-handbook, see
# scripts/make-demo-history.sh) and builds it, with all its versions, into
# public/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDBOEK_TESTS=OFF >/dev/null
cmake --build build
scripts/make-demo-history.sh build/demo-handbook
./build/generator/handboek build build/demo-handbook -o public
echo "Site built in $(pwd)/public — preview: python3 -m http.server 8000 -d public  → http://127.0.0.1:8000/"
