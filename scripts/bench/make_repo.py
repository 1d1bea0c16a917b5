#!/usr/bin/env python3
"""Generates a benchmark handbook repository: N pages, M commits, R release
tags (5 unless given), through `git fast-import` (fast, and the same bytes every run: fixed
seed, authors and dates). The tree holds both a handboek site (site.yaml,
themes/) and a Hugo site (hugo.toml, layouts/) over the same content/, so
both generators build the same pages from the same history.

usage: make_repo.py TARGET_DIR PAGES COMMITS THEME_DIR [RELEASES=5]
"""
import os
import random
import subprocess
import sys

WORDS = ("klant professional gesprek gesprekken intake intakes plan aanpak werk participatie route stap "
         "uitkering gemeente team zorg taal inburgering cliënt vergunninghouder leefgebied afspraak "
         "doelmatigheid rechtmatigheid regie werkgever loonwaarde dagbesteding vrijwilligerswerk").split()
AUTHORS = [("Anne de Vries", "anne@example.nl"), ("Fatma Yıldız", "fatma@example.nl"),
           ("Joëlle van den Berg", "joelle@example.nl"), ("Mohamed El Amrani", "mohamed@example.nl")]
SECTIONS = 50
START = 1546300800  # 2019-01-01


def paragraph(rng, words=60):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def page_text(rng, title, revision):
    body = [f"## Inleiding\n\n{paragraph(rng)}", f"## Werkwijze\n\n{paragraph(rng)}\n\n{paragraph(rng)}",
            f"## Meer\n\n{paragraph(rng)} Zie ook het [overzicht](_index.md).", f"Revisie {revision}."]
    return f"---\ntitle: {title}\nsummary: {paragraph(rng, 12)}\n---\n" + "\n\n".join(body) + "\n"


def blob(out, data):
    data = data.encode() if isinstance(data, str) else data
    out.write(b"data %d\n" % len(data))
    out.write(data)
    out.write(b"\n")


def commit(out, mark, message, author, when, files, deletes=(), renames=()):
    out.write(b"commit refs/heads/main\nmark :%d\n" % mark)
    who = f"{author[0]} <{author[1]}> {when} +0100".encode()
    out.write(b"author " + who + b"\ncommitter " + who + b"\n")
    blob(out, message)
    if mark > 1:
        out.write(b"from :%d\n" % (mark - 1))
    for old, new in renames:
        out.write(f"R {old} {new}\n".encode())
    for path in deletes:
        out.write(f"D {path}\n".encode())
    for path, data in files.items():
        out.write(f"M 100644 inline {path}\n".encode())
        blob(out, data)
    out.write(b"\n")


def theme_files(theme_dir):
    files = {}
    for root, _, names in os.walk(theme_dir):
        for name in names:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, os.path.dirname(os.path.dirname(theme_dir)))
            with open(full, "rb") as handle:
                files[rel] = handle.read()
    return files


def main():
    target, pages, commits, theme_dir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    releases = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    rng = random.Random(20191203)
    subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q", target], check=True)
    importer = subprocess.Popen(["git", "-C", target, "fast-import", "--quiet"], stdin=subprocess.PIPE)
    out = importer.stdin

    per_section = max(1, pages // SECTIONS)
    paths = [f"content/sectie-{i // per_section:02d}/pagina-{i:05d}.md" for i in range(pages)]
    files = {
        "site.yaml": "title: Benchmark\nlanguage: nl\norganisations:\n  - id: buch\n    name: BUCH\n",
        "hugo.toml": 'baseURL = "/"\nlanguageCode = "nl"\ntitle = "Benchmark"\nenableGitInfo = true\n'
                     'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
        "layouts/_default/baseof.html": "<!DOCTYPE html><html lang=nl><head><title>{{ .Title }}</title></head>"
                                        "<body>{{ block \"main\" . }}{{ end }}</body></html>\n",
        "layouts/_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<p>Laatst gewijzigd "
                                        "{{ .Lastmod.Format \"2006-01-02\" }}{{ with .GitInfo }} door {{ .AuthorName }}"
                                        "{{ end }}</p>{{ end }}\n",
        "layouts/_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}"
                                      "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
        "content/_index.md": "---\ntitle: Benchmark\n---\nWelkom.\n",
    }
    files.update(theme_files(theme_dir))
    for s in range((pages + per_section - 1) // per_section):
        files[f"content/sectie-{s:02d}/_index.md"] = f"---\ntitle: Sectie {s}\n---\nOverzicht van sectie {s}.\n"
    for i, path in enumerate(paths):
        files[path] = page_text(rng, f"Pagina {i}", 0)
    when = START
    commit(out, 1, "Eerste versie van het handboek", AUTHORS[0], when, files)

    tags = {commits * k // releases: f"v{2019 + k // 3}.{k}" for k in range(1, releases + 1)}
    for n in range(2, commits + 1):
        when += 3600 * 7
        author = AUTHORS[n % len(AUTHORS)]
        changed = {}
        renames = []
        if n % 50 == 0:  # now and then a page is renamed
            i = rng.randrange(pages)
            new_path = paths[i].replace("pagina-", "hernoemd-")
            if new_path != paths[i]:
                renames.append((paths[i], new_path))
                paths[i] = new_path
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(pages)
            changed[paths[i]] = page_text(rng, f"Pagina {i}", n)
        commit(out, n, f"Wijziging {n}: {len(changed)} pagina's bijgewerkt", author, when, changed, renames=renames)
        if n in tags:
            out.write(f"reset refs/tags/{tags[n]}\nfrom :{n}\n\n".encode())
    out.close()
    if importer.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "-C", target, "checkout", "-q", "-f", "main"], check=True)


if __name__ == "__main__":
    main()
