#!/usr/bin/env python3
"""Writes a handbook site with PAGES generated pages of Dutch-looking prose
for the search benchmark (scripts/bench-search.sh).

  make_search_site.py TARGET PAGES THEMES_DIR

100 pages per section, each page a few headings and paragraphs (~350 words)
drawn from a vocabulary of the domain; about one page in 40 mentions
"intake" or "intakes", so a query has a realistic number of hits. The same
arguments always give the same files (fixed seed).
"""
import os
import random
import shutil
import sys

WORDS = """
klant klantmanager consulent re-integratie jobhunter casemanager gemeente werkgever werknemer uitkering
bijstand participatie participatiewet inburgering vergunninghouder statushouder taalniveau taalroute
leerroute onderwijsroute werkervaring opleiding diploma scholing stage proefplaatsing werkfit traject
begeleiding coaching gesprek gesprekken afspraak afspraken overleg casuïstiekoverleg team wijkteam
zorg schuldhulpverlening schulden inkomen huur woning gezin kinderen kinderopvang gezondheid fysieke
mentale belastbaarheid arts psycholoog diagnose assessment loonwaarde loonkostensubsidie banenafspraak
doelgroepenregister beschut werk dagbesteding vrijwilligerswerk netwerk motivatie zelfredzaamheid
digitale vaardigheden werknemersvaardigheden competenties regie regievoerder doorzettingsmacht
rechtmatigheid doelmatigheid handhaving poort aanvraag melding termijn werkdagen besluit beschikking
bezwaar evaluatie rapportage dossier registratie privacy toestemming handtekening plan aanpak
ondersteuning leefgebied leefgebieden prioriteit doel doelen actie acties resultaat uitkomst vervolg
route werkproces werkwijze methodiek instrument formulier vragenlijst zelfredzaamheidsmatrix
""".split()

GLUE = """de het een en van in op met voor naar door bij over na tot om als dat die wat wie waar
wordt worden is zijn heeft hebben kan kunnen moet moeten zal zullen samen eerst daarna altijd
soms vaak nooit ook niet wel nog al meer minder goed snel duidelijk samen""".split()

TITLES = ["Werken met", "Afspraken over", "Zo regelen we", "Vragen over", "Stappen bij", "Ervaringen met"]


def sentence(rng):
    words = [rng.choice(GLUE if rng.random() < 0.45 else WORDS) for _ in range(rng.randint(8, 18))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng, special):
    sentences = [sentence(rng) for _ in range(rng.randint(3, 6))]
    if special:
        sentences.insert(rng.randint(0, len(sentences)), rng.choice([
            "De intake vindt plaats binnen vijf werkdagen.",
            "Na twee intakes bespreekt het team de klant.",
            "Bij de brede intake komen alle leefgebieden aan bod.",
        ]))
    return " ".join(sentences)


def main():
    target, pages, themes = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(20260101)
    if os.path.exists(target):
        shutil.rmtree(target)
    content = os.path.join(target, "content")
    os.makedirs(content)
    shutil.copytree(themes, os.path.join(target, "themes", "default"))
    with open(os.path.join(target, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Zoekbenchmark\nlanguage: nl\norganisations:\n  - id: buch\n    name: BUCH\n")
    with open(os.path.join(content, "_index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Zoekbenchmark\n---\nEen gegenereerd handboek om het zoeken te meten.\n")
    sections = (pages + 99) // 100
    for s in range(sections):
        folder = os.path.join(content, f"onderwerp-{s:03d}")
        os.makedirs(folder)
        with open(os.path.join(folder, "_index.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: Onderwerp {s} {rng.choice(WORDS)}\nweight: {s}\n---\n{paragraph(rng, False)}\n")
        for p in range(min(100, pages - s * 100)):
            special = rng.random() < 0.025
            title = f"{rng.choice(TITLES)} {rng.choice(WORDS)} {s * 100 + p}"
            body = []
            for h in range(rng.randint(2, 4)):
                body.append(f"## {rng.choice(WORDS).capitalize()} en {rng.choice(WORDS)} {h + 1}\n")
                body.extend(paragraph(rng, special and h == 0) + "\n" for _ in range(rng.randint(1, 2)))
            with open(os.path.join(folder, f"pagina-{p:03d}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {title}\nsummary: {sentence(rng)}\n---\n" + "\n".join(body))


if __name__ == "__main__":
    main()
