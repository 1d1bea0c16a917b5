#!/usr/bin/env python3
"""Measures `handboek serve`: the time from saving a one-page edit to the
new HTML being served (scripts/bench-serve.sh). Prints figures; asserts
nothing.

  serve_edit.py BASE_URL SITE_DIR PAGE_MD PAGE_URL EDITS

Each edit appends a unique word to the last paragraph of PAGE_MD (text
only, so it is the common case of an editor fixing a sentence), then polls
PAGE_URL over one keep-alive connection until the word is served.
"""
import http.client
import statistics
import sys
import time
import urllib.parse


def main():
    base, site, page_md, page_url, edits = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    path = f"{site}/{page_md}"
    with open(path, encoding="utf-8") as f:
        original = f.read()
    times = []
    try:
        for i in range(edits):
            word = f"bewerking{i}x{time.monotonic_ns()}"
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + f" {word}\n")
            while True:
                connection.request("GET", page_url)
                body = connection.getresponse().read()
                if word.encode() in body:
                    break
                if time.monotonic() - start > 60:
                    sys.exit(f"the edit was not served within 60 s ({page_url})")
                time.sleep(0.001)
            times.append((time.monotonic() - start) * 1000)
            time.sleep(0.2)  # let the watcher settle between edits
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    times.sort()
    print(f"  edit → new HTML served: median {statistics.median(times):.0f} ms"
          f" (min {times[0]:.0f}, max {times[-1]:.0f}, {len(times)} edits)")


if __name__ == "__main__":
    main()
