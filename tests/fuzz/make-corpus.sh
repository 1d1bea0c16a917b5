#!/usr/bin/env bash
# Writes the seed corpus of the fuzz targets into OUT/<target>/, made from
# the sample handbook of this repository (content/ and forms/), so the
# seeds follow the sample as it changes and no copies are checked in.
#   tests/fuzz/make-corpus.sh OUT
set -euo pipefail
out=${1:?usage: make-corpus.sh OUT}
cd "$(dirname "$0")/../.."

rm -rf "$out"
mkdir -p "$out"/{front_matter,form_yaml,markdown_blocks,link_resolution}

n=0
while IFS= read -r -d '' page; do
  n=$((n + 1))
  relative=${page#content/}
  # front_matter: the path under content/ on the first line, then the file.
  { printf '%s\n' "$relative"; cat "$page"; } >"$out/front_matter/$n"
  # markdown_blocks: the body only (the target adds its own front matter).
  awk 'NR == 1 && $0 == "---" { fm = 1; next } fm && ($0 == "---" || $0 == "...") { fm = 0; next } !fm' \
    "$page" >"$out/markdown_blocks/$n"
  # link_resolution: every inline link target written in the file, one a line.
  { grep -oE '\]\([^)]*\)' "$page" || true; } | sed -E 's/^\]\((.*)\)$/\1/' >"$out/link_resolution/$n"
  [ -s "$out/link_resolution/$n" ] || rm "$out/link_resolution/$n"
done < <(find content -name '*.md' -print0 | sort -z)

for form in forms/*.yaml; do
  cp "$form" "$out/form_yaml/$(basename "$form")"
  { grep -oE '\]\([^)]*\)' "$form" || true; } | sed -E 's/^\]\((.*)\)$/\1/' >"$out/link_resolution/$(basename "$form")"
  [ -s "$out/link_resolution/$(basename "$form")" ] || rm "$out/link_resolution/$(basename "$form")"
done

# The sample has no ```form block and no local blocks side by side with a
# heading inside: one seed shows the fuzzer both.
cat >"$out/markdown_blocks/blocks" <<'SEED'
# Afspraken

Zie de [brede intake](../processen/mens-in-beeld.md#stap-brede-intake) en de [PIP](../begrippen/pip.md).

```lokaal buch
## Bij BUCH

De klantmanager plant de [intake](../processen/mens-in-beeld.md) binnen **twee weken**.
```

```lokaal halte-werk
Halte Werk gebruikt de ZRM.
```

```form pip
```
SEED
printf '%s\n' 'processen/mens-in-beeld.md#stap-kennismaking' '../processen/mens-in-beeld.md' \
  '../../forms/pip.yaml' '/begrippen/pip.md' 'https://example.org/' '%2e%2e/x.md' >"$out/link_resolution/mixed"
