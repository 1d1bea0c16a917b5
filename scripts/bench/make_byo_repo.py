#!/usr/bin/env python3
"""Generates a "bring your own" handbook repository at scale: plain Markdown
without front matter (title from the first heading), an index.md per folder,
images beside the pages, a one-line site.yaml and no themes/; a history of
COMMITS commits in which every few commits a topic branch is made, worked on
while main goes on, and merged back with a merge commit (so the walk meets
merges and branches as in a real team's repository). Written through
`git fast-import`: the same bytes every run (fixed seed, authors, dates).

usage: make_byo_repo.py TARGET_DIR PAGES COMMITS
"""
import random
import subprocess
import sys
import zlib
import struct

AUTHORS = [("Anne de Vries", "anne@example.nl"), ("Fatma Yıldız", "fatma@example.nl"),
           ("Joëlle van den Berg", "joelle@example.nl"), ("Mohamed El Amrani", "mohamed@example.nl")]
WORDS = ("klant gesprek intake plan aanpak werk participatie route stap uitkering gemeente team zorg "
         "taal afspraak regie werkgever loonwaarde dagbesteding").split()
FOLDERS = 40
START = 1546300800  # 2019-01-01


def png(shade):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([shade, 128, 255 - shade]) * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Importer:
    def __init__(self, target):
        subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q", target], check=True)
        self.process = subprocess.Popen(["git", "-C", target, "fast-import", "--quiet"], stdin=subprocess.PIPE)
        self.out = self.process.stdin
        self.mark = 0
        self.when = START

    def data(self, data):
        data = data.encode() if isinstance(data, str) else data
        self.out.write(b"data %d\n" % len(data) + data + b"\n")

    def commit(self, branch, parent, message, author, files, merge=None):
        self.mark += 1
        self.when += 1800
        who = f"{author[0]} <{author[1]}> {self.when} +0100".encode()
        self.out.write(f"commit refs/heads/{branch}\nmark :{self.mark}\n".encode())
        self.out.write(b"author " + who + b"\ncommitter " + who + b"\n")
        self.data(message)
        if parent:
            self.out.write(b"from :%d\n" % parent)
        if merge:
            self.out.write(b"merge :%d\n" % merge)
        for path, text in sorted(files.items()):
            self.out.write(f"M 100644 inline {path}\n".encode())
            self.data(text)
        self.out.write(b"\n")
        return self.mark

    def close(self):
        self.out.close()
        if self.process.wait() != 0:
            sys.exit("git fast-import failed")


def main():
    target, pages, commits = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(20261202)
    paths = [f"content/map-{i % FOLDERS:02d}/werkinstructie-{i:04d}.md" for i in range(pages)]
    revision = {path: 0 for path in paths}

    def page(path):
        number = path[-7:-3]
        # the previous page of the same folder (FOLDERS earlier); the first one links to itself
        earlier = paths.index(path) - FOLDERS
        previous = paths[earlier] if earlier >= 0 else path
        words = " ".join(rng.choice(WORDS) for _ in range(40))
        return (f"# Werkinstructie {number}\n\n{words.capitalize()}.\n\n![Schema](schema.png)\n\n"
                f"## Werkwijze\n\nRevisie {revision[path]}. Zie [de map](index.md) en [de vorige](./"
                f"{previous.rsplit('/', 1)[1]}).\n")

    importer = Importer(target)
    files = {"site.yaml": "title: Handboek op schaal\n"}
    for folder in range(FOLDERS):
        files[f"content/map-{folder:02d}/index.md"] = f"# Map {folder}\n\nDe werkinstructies van map {folder}.\n"
        files[f"content/map-{folder:02d}/schema.png"] = png(folder * 5)
    files.update({path: page(path) for path in paths})
    main_tip = importer.commit("main", None, "Handboek overgenomen", AUTHORS[0], files)
    made = 1
    topic = 0
    while made < commits:
        if rng.random() < 0.25 and commits - made >= 6:
            # A topic branch: a few commits on its own pages while main goes on, then merged.
            topic += 1
            branch_pages = rng.sample(paths, 3)
            branch_tip = main_tip
            for step in range(rng.randint(2, 4)):
                path = rng.choice(branch_pages)
                revision[path] += 1
                branch_tip = importer.commit(f"onderwerp-{topic}", branch_tip, f"Onderwerp {topic}: stap {step + 1}",
                                             rng.choice(AUTHORS), {path: page(path)})
                made += 1
            others = [path for path in paths if path not in branch_pages]
            path = rng.choice(others)
            revision[path] += 1
            main_tip = importer.commit("main", main_tip, f"Bijgewerkt: {path}", rng.choice(AUTHORS), {path: page(path)})
            merged = {p: page(p) for p in branch_pages}  # the merge result holds the branch's pages
            main_tip = importer.commit("main", main_tip, f"Merge onderwerp-{topic}", rng.choice(AUTHORS), merged,
                                       merge=branch_tip)
            made += 2
        else:
            changed = rng.sample(paths, rng.randint(1, 3))
            for path in changed:
                revision[path] += 1
            main_tip = importer.commit("main", main_tip, f"Bijgewerkt: {len(changed)} werkinstructie(s)",
                                       rng.choice(AUTHORS), {p: page(p) for p in changed})
            made += 1
    importer.close()
    subprocess.run(["git", "-C", target, "checkout", "-q", "main"], check=True)


if __name__ == "__main__":
    main()
