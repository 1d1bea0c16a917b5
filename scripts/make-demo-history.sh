#!/usr/bin/env bash
# Creates a demo git repository for the sample handbook, with a history that
# tells the story of the 2019 pilots in three releases:
#
#   v2019.1  the pilot plan of June 2019 (intake with the Dariuz Wegwijzer,
#            doorzettingsmacht still an aim)
#   v2019.2  the formats made for the pilots (brede intake, PIP, plan van
#            aanpak, the interview on integraal werken, the moreel beraad)
#   v2020.1  the lessons of the final report = the current content/ and forms/
#
#   scripts/make-demo-history.sh [TARGET_DIR]     (default: build/demo-handbook)
#
# The repository holds site.yaml, content/, forms/, themes/ and tokens/ of this
# repository. The last release is exactly the current files (the working
# tree, as `handboek build .` would read them); older releases are the
# current files with the replacements in scripts/demo-history/<name>/ laid
# over them and the paths in scripts/demo-history/<name>/absent.txt removed
# (see scripts/demo-history/README.md). Commit dates and authors are fixed,
# so the same files always give the same commit ids.
#
# TARGET_DIR belongs to this script: it is replaced on every run, but only if
# it is empty, missing, or carries the marker this script writes
# (TARGET_DIR/.git/handboek-demo-history). Anything else is refused.
# The user's git configuration is not read.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
repo_root=$(dirname "$here")
history_dir=$here/demo-history
marker_name=handboek-demo-history
marker_text="Made by scripts/make-demo-history.sh of handboek; replaced on every run."

die() { echo "make-demo-history: $*" >&2; exit 1; }

[ $# -le 1 ] || die "usage: scripts/make-demo-history.sh [TARGET_DIR]"
target=${1:-$repo_root/build/demo-handbook}
[ -n "$target" ] || die "TARGET_DIR is empty"
command -v git >/dev/null || die "git is not installed (scripts/install-deps.sh build installs it)"

# ── TARGET_DIR: ours, or empty, or refused ────────────────────────────────
target=$(realpath -m -- "$target")
case "$target/" in
  // | "$repo_root"/ | "$repo_root"/content/* | "$repo_root"/forms/* | "$repo_root"/themes/* | "$repo_root"/tokens/* | "$repo_root"/scripts/* | \
    "$repo_root"/generator/* | "$repo_root"/tests/* | "$repo_root"/docs/* | "$repo_root"/.git/*)
    die "refusing to use '$target': it is part of the repository" ;;
esac
if [ -e "$target" ] || [ -L "$target" ]; then
  if [ ! -d "$target" ]; then die "refusing to replace '$target': not a directory"; fi
  if [ -n "$(ls -A "$target")" ] && [ ! -f "$target/.git/$marker_name" ]; then
    die "refusing to replace '$target': it is not empty and was not made by this script (no .git/$marker_name)"
  fi
fi
parent=$(dirname "$target")
mkdir -p "$parent"

# Everything is made in a work folder beside TARGET_DIR and moved into place
# at the end, so a failed run leaves the previous demo repository untouched.
work=$(mktemp -d "$parent/.demo-history.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo=$work/repo

# ── git, independent of the user's configuration ─────────────────────────
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES \
  GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL GIT_AUTHOR_DATE GIT_COMMITTER_DATE
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_TERMINAL_PROMPT=0
g() { git -C "$repo" -c commit.gpgsign=false -c tag.gpgsign=false -c core.autocrlf=false "$@"; }

# ── snapshots: the full tree of each version ─────────────────────────────
# current = the files of this repository; <name> = current + overlay - absent.
snapshot_dir() { printf '%s/snapshots/%s' "$work" "$1"; }

make_snapshot() {
  local name=$1 dir
  dir=$(snapshot_dir "$name")
  mkdir -p "$dir"
  for path in site.yaml woordenlijst.txt content forms themes tokens; do
    [ -e "$repo_root/$path" ] || die "$repo_root/$path is missing"
    cp -R "$repo_root/$path" "$dir/"
  done
  [ "$name" = current ] && return 0
  local overlay=$history_dir/$name
  [ -d "$overlay" ] || die "no folder $overlay"
  cp -R "$overlay/." "$dir/"
  rm -f "$dir/absent.txt"
  if [ -f "$overlay/absent.txt" ]; then
    local line
    while IFS= read -r line || [ -n "$line" ]; do
      line=${line%%#*}
      line=$(printf '%s' "$line" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')
      [ -n "$line" ] || continue
      case "/$line/" in
        */../* | //*) die "$overlay/absent.txt: '$line' is not a path inside the site" ;;
      esac
      [ -e "$dir/$line" ] || die "$overlay/absent.txt: '$line' does not exist (stale entry?)"
      rm -rf "${dir:?}/$line"
    done <"$overlay/absent.txt"
  fi
}

# ── building blocks of the history ───────────────────────────────────────
# The authors (fictional) and the people who tag the releases.
sander="Sander Bakker <sander.bakker@buch.example>"
fatma="Fatma Yıldız <fatma.yildiz@buch.example>"
joelle="Joëlle van den Berg <joelle.vandenberg@wnk.example>"
marieke="Marieke Dekker <marieke.dekker@haltewerk.example>"
ruben="Ruben Smit <ruben.smit@haltewerk.example>"

person_name() { printf '%s' "${1% <*}"; }
person_email() { local email=${1#*<}; printf '%s' "${email%>}"; }

# take SNAPSHOT PATH...: the paths become as in SNAPSHOT (copied, or removed
# when SNAPSHOT does not have them).
take() {
  local src
  src=$(snapshot_dir "$1")
  shift
  for path in "$@"; do
    [ -e "$src/$path" ] || [ -e "$repo/$path" ] || die "take: '$path' is in neither the snapshot nor the repository"
    rm -rf "${repo:?}/$path"
    if [ -e "$src/$path" ]; then
      mkdir -p "$(dirname "$repo/$path")"
      cp -R "$src/$path" "$repo/$path"
    fi
  done
}

# take_all SNAPSHOT: the whole tree becomes SNAPSHOT.
take_all() {
  find "$repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  cp -R "$(snapshot_dir "$1")/." "$repo/"
}

# drop PATH...: remove paths (to add them in a later commit).
drop() {
  for path in "$@"; do
    [ -e "$repo/$path" ] || die "drop: '$path' does not exist"
    rm -rf "${repo:?}/$path"
  done
}

# rename OLD NEW SNAPSHOT: git mv OLD NEW, NEW's text from SNAPSHOT, and every
# Markdown link to OLD's file name points to NEW's file name.
rename() {
  local old=$1 new=$2 src
  src=$(snapshot_dir "$3")
  g mv "$old" "$new"
  cp "$src/$new" "$repo/$new"
  local old_base new_base
  old_base=$(basename "$old" | sed 's/\./\\./g')
  new_base=$(basename "$new")
  find "$repo/content" "$repo/forms" -type f \( -name '*.md' -o -name '*.yaml' \) \
    -exec sed -i -E "s#(\\]\\(([^) ]*/)?)${old_base}#\\1${new_base}#g" {} +
}

# commit DATE AUTHOR SUBJECT: commit everything, with fixed dates.
commit() {
  local date=$1 who=$2 subject=$3
  g add -A
  g diff --cached --quiet && die "commit '$subject' changes nothing"
  GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date \
    g -c user.name="$(person_name "$who")" -c user.email="$(person_email "$who")" \
    commit -q --no-verify -m "$subject"
}

# release TAG DATE TAGGER SNAPSHOT MESSAGE: check that the tree is exactly
# SNAPSHOT, then make an annotated tag.
release() {
  local tag=$1 date=$2 who=$3 name=$4 message=$5
  if ! diff -r -q --exclude=.git "$repo" "$(snapshot_dir "$name")" >"$work/diff.txt"; then
    sed 's/^/  /' "$work/diff.txt" >&2
    die "before $tag the tree differs from snapshot '$name' (the plan in this script misses a step)"
  fi
  GIT_COMMITTER_DATE=$date \
    g -c user.name="$(person_name "$who")" -c user.email="$(person_email "$who")" \
    tag -a "$tag" -m "$message"
}

# ── the history ──────────────────────────────────────────────────────────
for name in current 2019.1 2019.2 2020.1-tussenstand; do make_snapshot "$name"; done
git -c init.defaultBranch=main init -q "$repo"

# 2019.1 — het plan van aanpak (juni 2019)
take_all 2019.1
drop content/begrippen/omgekeerde-toets.md
commit "2019-06-24 09:42:00 +0200" "$sander" "Eerste versie: routes Mens in beeld en Brede intake volgens het plan van aanpak van de pilots"
take 2019.1 content/begrippen/omgekeerde-toets.md
commit "2019-06-26 14:05:00 +0200" "$joelle" "Begrip omgekeerde toets toegevoegd"
release v2019.1 "2019-07-01 10:00:00 +0200" "$marieke" 2019.1 "Versie 2019.1: de werkwijze volgens het plan van aanpak van de pilots

Eerste versie van het gedeelde handboek, vastgesteld na de presentatie van
het plan van aanpak op 28 juni 2019. Beschrijft de routes Mens in beeld en
Brede intake en PIP zoals ze in de pilots zullen lopen.

Gepland voor september tot en met december 2019:

- Mens in beeld: minstens 35 nieuwe klanten doorlopen de route, van de
  vaststelling van hun recht op uitkering tot een ondertekend plan van
  aanpak, met de Dariuz Wegwijzer als gezamenlijk instrument.
- Brede intake en PIP: 35 intakes met vergunninghouders, samen met het COA.
- Moreel beraad: negen complexe casussen, drie per organisatie, en een
  training voor twaalf deelnemers.

Nog uit te werken in juli en augustus: de formats, het werkproces en de
inrichting van het team op één locatie."

# 2019.2 — de formats voor de uitvoering (juli–augustus 2019)
take 2019.2 forms/brede-intake.yaml forms/pip.yaml content/processen/brede-intake-en-pip.md
commit "2019-07-15 10:31:00 +0200" "$fatma" "Brede intake: 13 onderwerpen uitgewerkt in een gezamenlijk format, met format PIP"
take 2019.2 content/begrippen/leerroute.md content/begrippen/pip.md
commit "2019-07-22 13:47:00 +0200" "$fatma" "PIP: de drie leerroutes beschreven"
take 2019.2 forms/plan-van-aanpak.yaml content/processen/mens-in-beeld.md content/begrippen/plan-van-aanpak.md
commit "2019-08-05 11:12:00 +0200" "$joelle" "Mens in beeld: één uniform format voor het plan van aanpak"
take 2019.2 content/gespreksformats content/begrippen/integraal-werken.md content/begrippen/een-gezin-een-plan.md
commit "2019-08-19 15:03:00 +0200" "$sander" "Gespreksformat Integraal werken voor de interviews over regie en doorzettingsmacht"
take 2019.2 content/processen/moreel-beraad.md content/processen/_index.md content/begrippen/moreel-beraad.md \
  content/over/partners.md content/_index.md
commit "2019-08-28 09:55:00 +0200" "$marieke" "Moreel beraad: werkwijze voor de casusbesprekingen in de pilot"
release v2019.2 "2019-09-02 09:00:00 +0200" "$marieke" 2019.2 "Versie 2019.2: de formats voor de uitvoering van de pilots

De formats Brede intake, PIP en Plan van aanpak, het gespreksformat Integraal
werken en de werkwijze van het moreel beraad, klaar voor de uitvoering van
september tot en met december 2019.

- Het plan van aanpak is één format voor alle partners, met de drie routes
  uit het plan: beschut werk of dagbesteding, een (leer)werkplek, of regulier
  werk.
- De brede intake bespreekt dertien onderwerpen; het PIP legt de leerroute
  vast.
- Het moreel beraad eindigt zoals gepland met het aanwijzen van een
  regievoerder met doorzettingsmacht.

Nog open: hoeveel tijd een brede intake en een PIP in de praktijk kosten.
Dat moet de uitvoering laten zien."

# 2020.1 — de lessen uit het eindverslag (november 2019 – februari 2020)
take 2020.1-tussenstand forms/evaluatielijst-deelnemer.yaml
commit "2019-11-04 10:18:00 +0100" "$joelle" "Evaluatielijst voor deelnemers: geïnformeerd, gehoord, bereikbaar, veilige sfeer"
rename content/begrippen/statushouder.md content/begrippen/vergunninghouder.md 2020.1-tussenstand
commit "2019-11-18 14:40:00 +0100" "$sander" "Begrip statushouder hernoemd naar vergunninghouder, links aangepast"
take current forms/integrale-vraagverheldering.yaml content/begrippen/integrale-vraagverheldering.md \
  content/begrippen/klant-in-beeld.md
take 2020.1-tussenstand content/processen/mens-in-beeld.md
commit "2020-01-13 11:25:00 +0100" "$marieke" "Mens in beeld: Integrale vraagverheldering in plaats van de Dariuz Wegwijzer, die in taal en niveau niet aansloot"
take current content/begrippen/leefgebied.md content/begrippen/zrm.md
commit "2020-01-15 16:02:00 +0100" "$fatma" "Begrippen leefgebied en zelfredzaamheidsmatrix (ZRM) toegevoegd"
take current content/competenties content/begrippen/doelmatigheid.md content/begrippen/skills-methodiek.md
commit "2020-01-17 10:44:00 +0100" "$ruben" "Competentieprofielen voor de drie rollen uit de pilots, met het begrip SKILLS methodiek"
take current content/processen/mens-in-beeld.md content/processen/routekeuze-mens-in-beeld.md \
  content/begrippen/zittend-bestand.md content/begrippen/dagbesteding.md forms/plan-van-aanpak.yaml
# The step Klant in beeld does not name the diagnostisch centrum of WNK yet:
# that comes on 6 February, after the local agreements below it were
# written, so /lokaal/ marks them "controleren" (docs/content.md "Waar de
# praktijk verschilt").
wnk_step='    organisation: Team Mens in beeld, zo nodig met het diagnostisch centrum van WNK'
grep -qxF "$wnk_step" "$repo/content/processen/mens-in-beeld.md" || die "mens-in-beeld.md no longer has the line: $wnk_step"
sed -i "s/^$wnk_step\$/    organisation: Team Mens in beeld/" "$repo/content/processen/mens-in-beeld.md"
commit "2020-01-20 09:37:00 +0100" "$joelle" "Mens in beeld: meedoen vanaf de melding, arts of psycholoog alleen bij klachten waarvoor de klant geen behandelaar kan laten zien, drie routes met de resultaten (29/9/9) in de route en het plan van aanpak"
take current forms/evaluatielijst-deelnemer.yaml
commit "2020-01-22 10:05:00 +0100" "$joelle" "Evaluatielijst deelnemers: waarom de vragen in eenvoudige taal staan (één deelnemer begreep de lijst niet)"
take current content/processen/brede-intake-en-pip.md content/begrippen/brede-intake.md content/begrippen/pip.md \
  content/begrippen/vergunninghouder.md forms/brede-intake.yaml forms/pip.yaml
commit "2020-01-27 13:58:00 +0100" "$fatma" "Brede intake en PIP: niet te vroeg in het azc maar als er een woning in zicht is; intake 4 uur, PIP 2 uur"
take current content/processen/moreel-beraad.md content/begrippen/doorzettingsmacht.md content/begrippen/regievoerder.md \
  forms/casusbeschrijving-moreel-beraad.yaml forms/verslag-moreel-beraad.yaml
commit "2020-02-03 10:09:00 +0100" "$marieke" "Moreel beraad: gedeeld oordeel in plaats van doorzettingsmacht, de gewone lijn alleen als de groep het niet eens wordt"
take current content/gespreksformats content/begrippen/integraal-werken.md content/begrippen/een-gezin-een-plan.md \
  content/begrippen/sociaal-wijkteam.md
commit "2020-02-05 15:31:00 +0100" "$sander" "Gespreksformat Integraal werken: uitkomsten van de 15 interviews"
take current content/processen/mens-in-beeld.md
commit "2020-02-06 09:20:00 +0100" "$joelle" "Mens in beeld: bij Klant in beeld kan het diagnostisch centrum van WNK meedoen"
take current content/casussen
commit "2020-02-07 14:20:00 +0100" "$joelle" "Casus Jan: één klant door Mens in beeld, naast de aanpak van vijf gemeenten, met vragen voor intervisie"
take current content/trainingen forms/evaluatielijst-moreel-beraad.yaml
commit "2020-02-07 16:05:00 +0100" "$joelle" "Oefenmap moreel beraad voor getrainde professionals, naast de opleiding bij de externe trainers, met een evaluatielijst voor professionals"
take_all current
commit "2020-02-10 11:50:00 +0100" "$ruben" "Visie: vertrouwensrelatie boven objectiveren via meten en wegen; startpagina en partners na het eindverslag"
release v2020.1 "2020-02-14 09:00:00 +0100" "$marieke" current "Versie 2020.1: de lessen uit het eindverslag van de pilots

Wat er veranderde ten opzichte van het plan van juni 2019:

- Mens in beeld: de Dariuz Wegwijzer sloot in taal en niveau niet aan bij de
  klanten; alle professionals werken nu met de Integrale vraagverheldering.
  Een klant kan meedoen zodra die zich heeft gemeld en een klantmanager
  heeft. Een arts of psycholoog komt er alleen bij als de klant
  klachten noemt maar niet kan laten zien dat een huisarts, specialist of
  andere professional daarvoor al betrokken is. Het plan van aanpak adviseert
  een van drie routes: dagbesteding of vrijwilligerswerk, werk (ook beschut
  werk of een leerwerkplek), of zorg. Wie door ziekte of verslaving eerst
  hulp nodig heeft, krijgt nog geen plan.
- Van objectiveren naar vertrouwen: een professionele vertrouwensrelatie
  weegt zwaarder dan meten en wegen.
- Moreel beraad in plaats van doorzettingsmacht: in geen van de negen
  beraden was doorzettingsmacht nodig. Komt de groep er niet uit, dan beslist
  de gewone lijn.
- Brede intake en PIP: niet te vroeg. In het azc, zonder woning in zicht, is
  er te veel onrust; de intake kost gemiddeld 4 uur, het PIP 2 uur.
- Nieuw: competentieprofielen, evaluatielijsten voor deelnemers en voor
  professionals, de formulieren voor het moreel beraad, een oefenmap en een
  hulp voor de routekeuze.

Gepland en gerealiseerd:

- Mens in beeld: minstens 35 nieuwe klanten gepland; 60 deelnemers, de
  meesten uit het zittend bestand; 47 plannen van aanpak (29 dagbesteding of
  vrijwilligerswerk, 9 banenafspraak of regulier werk, 9 zorg).
- Brede intake: 35 intakes gepland; 27 intakes en 25 PIP's.
- Moreel beraad: 9 casussen en een training voor 12 gepland; 9 beraden, 24
  getrainde professionals.

Nog open: 8 procesbegeleiders zijn in opleiding tot maart 2020; de nieuwe
Wet inburgering is nog niet vastgesteld (verwacht vanaf 2021); de
implementatie van de nieuwe werkwijze en het vervolg van de samenwerking zijn
nog niet geborgd; of de plannen van aanpak het gewenste resultaat opleveren,
moet nog blijken."

# ── into place ───────────────────────────────────────────────────────────
printf '%s\n' "$marker_text" >"$repo/.git/$marker_name"
rm -rf "$target"
mv "$repo" "$target"
echo "Demo history in $target: $(git -C "$target" rev-list --count HEAD) commits, releases $(git -C "$target" tag -l 'v*' | tr '\n' ' ')"
