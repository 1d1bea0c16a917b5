// `handboek build` on a real repository with two releases and uncommitted
// work: the newest release at the root, the older one under /versies/, the
// work tree as concept; history per page, the switcher, banners, /versies/
// and the change pages with their lists and diffs.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
using handboek::testing::at;

namespace {

const GitSignature kAnne = handboek::testing::anne("2019-12-03T10:00:00+01:00");
const GitSignature kJose{"José Müller", "jose@example.org", "2020-01-15T09:30:00+01:00"};
const GitSignature kBram{"Bram Bakker", "bram@example.org", "2019-12-04T09:00:00+01:00"};

std::string page(const std::string& title, const std::string& body) {
  return "---\ntitle: " + title + "\n---\n" + body + "\n";
}

// Built once for every test of this file: the repository, its history
// and the output of one build.
struct BuiltReleases {
  TempSite site{R"(
-- site.yaml --
title: Testhandboek
versions:
  tags: "v*"
  concept: true
)"};
  fs::path out = site.beside("out");
  RunResult run;

  BuiltReleases() {
    const GitFixture repo(site.root());
    repo.write("content/_index.md", page("Home", "Welkom."));
    repo.write("content/werkwijze/intake.md",
               page("Intake", "De intake begint met een gesprek.\n\nDaarna volgt een plan."));
    repo.write("content/werkwijze/oud.md", page("Overleg", "Het overleg is elke week op dinsdag."));
    repo.write("content/werkwijze/vervalt.md", page("Vervallen werkwijze",
                                                    "Deze werkwijze stopt per 1 februari. Meldingen gaan "
                                                    "voortaan via het wijkteam, dat zelf de eerste afspraak "
                                                    "plant met de inwoner en diens netwerk."));
    repo.write("content/werkwijze/terug.md", page("Terugkoppeling", "Na elk gesprek volgt een terugkoppeling."));
    repo.commit("Eerste versie van het handboek", kAnne);
    repo.annotated_tag("v2019.1", "Versie 2019.1", kBram);

    repo.write("content/werkwijze/intake.md",
               page("Intake", "De intake begint met een goed gesprek.\n\nDaarna volgt een plan."));
    repo.commit("Intake aangescherpt", kJose);
    repo.write("content/werkwijze/terug.md", page("Terugkoppeling", "Na elk gesprek volgt soms een terugkoppeling."));
    repo.commit("Terugkoppeling aangepast", at(kAnne, "2020-01-20T10:00:00+01:00"));
    const GitSignature reverter = at(kBram, "2020-01-21T10:00:00+01:00");
    repo.git({"revert", "--no-edit", "HEAD"}, &reverter);
    repo.move("content/werkwijze/oud.md", "content/werkwijze/overleg.md");
    repo.commit("Overleg hernoemd", at(kAnne, "2020-02-01T12:00:00+01:00"));
    repo.remove("content/werkwijze/vervalt.md");
    repo.write("content/werkwijze/nieuw.md", page("Nieuwe werkwijze",
                                                  "Sinds februari werken consulenten in vaste koppels. Elk "
                                                  "koppel bespreekt wekelijks zijn casussen met een "
                                                  "gedragswetenschapper."));
    repo.commit("Nieuwe werkwijze, oude vervallen", at(kAnne, "2020-02-03T15:00:00+01:00"));
    repo.tag("v2020.1");

    // Not committed: only the concept build may show it.
    repo.write(
        "content/werkwijze/intake.md",
        page("Intake", "De intake begint met een goed gesprek.\n\nDaarna volgt een plan.\n\nNog niet vastgesteld."));
    run = run_handboek({"build", site.root().string(), "-o", out.string(), "--quiet"});
  }

  std::string html(std::string_view relative) const { return read_file(out / relative); }
};

const BuiltReleases& built() {
  static const BuiltReleases releases;
  return releases;
}

std::string trim(std::string_view text) {
  const size_t start = text.find_first_not_of(' ');
  return start == std::string_view::npos ? "" : std::string(text.substr(start));
}

// The trimmed lines of `html` from the line holding `start` up to the next
// line holding `end`, both excluded, without empty lines.
std::vector<std::string> lines_between(const std::string& html, std::string_view start, std::string_view end) {
  std::vector<std::string> out;
  bool inside = false;
  for (const std::string& line : split_lines(html)) {
    if (!inside) {
      inside = line.find(start) != std::string::npos;
      continue;
    }
    if (line.find(end) != std::string::npos) break;
    if (!trim(line).empty()) out.push_back(trim(line));
  }
  return out;
}

std::vector<std::string> history_list(const std::string& html) {
  return lines_between(html, "<ol class=\"history-list\">", "</ol>");
}

std::vector<std::string> switcher(const std::string& html) {
  std::vector<std::string> items;
  for (std::string& line : lines_between(html, "<summary>Andere versie</summary>", "</ul>")) {
    if (line.rfind("<li>", 0) == 0) items.push_back(std::move(line));
  }
  return items;
}

bool contains(const std::string& html, std::string_view text) {
  return html.find(text) != std::string::npos;
}

TEST_CASE("a build with releases succeeds without diagnostics", "[history][versions]") {
  CHECK(built().run.exit_code == 0);
  CHECK(built().run.diagnostics().empty());
}

TEST_CASE("the newest release is at the root, older ones under /versies/, the work tree under /concept/",
          "[history][versions]") {
  const std::map<std::string, std::string> files = read_tree(built().out);
  for (const char* path :
       {"index.html", "werkwijze/intake/index.html", "werkwijze/overleg/index.html", "werkwijze/nieuw/index.html",
        "wijzigingen/index.html", "versies/index.html", "versies/2019.1/index.html",
        "versies/2019.1/werkwijze/oud/index.html", "versies/2019.1/werkwijze/vervalt/index.html",
        "concept/werkwijze/intake/index.html", "concept/wijzigingen/index.html"}) {
    CHECK(files.count(path) == 1);
  }
  for (const char* path :
       {"werkwijze/oud/index.html", "werkwijze/vervalt/index.html", "versies/2019.1/werkwijze/overleg/index.html",
        "versies/2019.1/wijzigingen/index.html", "versies/2020.1/index.html"}) {
    CHECK(files.count(path) == 0);
  }
}

TEST_CASE("each release is built from its own tag, not from the work tree", "[history][versions]") {
  CHECK(contains(built().html("versies/2019.1/werkwijze/intake/index.html"), "De intake begint met een gesprek."));
  CHECK(contains(built().html("werkwijze/intake/index.html"), "De intake begint met een goed gesprek."));
  CHECK_FALSE(contains(built().html("werkwijze/intake/index.html"), "Nog niet vastgesteld."));
  CHECK(contains(built().html("concept/werkwijze/intake/index.html"), "Nog niet vastgesteld."));
}

TEST_CASE("a page says when and by whom it was last changed, and lists its history", "[history]") {
  const std::string html = built().html("werkwijze/intake/index.html");
  CHECK(contains(html,
                 "<p class=\"last-changed\">Laatst gewijzigd <time datetime=\"2020-01-15\">15 januari 2020</time> "
                 "door José Müller · aangemaakt <time datetime=\"2019-12-03\">3 december 2019</time></p>"));
  CHECK(history_list(html) ==
        std::vector<std::string>{
            "<li><time datetime=\"2020-01-15\">15 januari 2020</time> — José Müller: Intake aangescherpt</li>",
            "<li><time datetime=\"2019-12-03\">3 december 2019</time> — Anne de Vries: Eerste versie van het "
            "handboek</li>",
        });
}

TEST_CASE("a renamed page keeps the history from before the rename on its page", "[history]") {
  CHECK(history_list(built().html("werkwijze/overleg/index.html")) ==
        std::vector<std::string>{
            "<li><time datetime=\"2020-02-01\">1 februari 2020</time> — Anne de Vries: Overleg hernoemd "
            "<span class=\"history-note\">(hernoemd)</span></li>",
            "<li><time datetime=\"2019-12-03\">3 december 2019</time> — Anne de Vries: Eerste versie van het "
            "handboek</li>",
        });
}

TEST_CASE("a page changed and then reverted lists both changes", "[history]") {
  CHECK(history_list(built().html("werkwijze/terug/index.html")) ==
        std::vector<std::string>{
            "<li><time datetime=\"2020-01-21\">21 januari 2020</time> — Bram Bakker: Revert &quot;Terugkoppeling "
            "aangepast&quot;</li>",
            "<li><time datetime=\"2020-01-20\">20 januari 2020</time> — Anne de Vries: Terugkoppeling aangepast</li>",
            "<li><time datetime=\"2019-12-03\">3 december 2019</time> — Anne de Vries: Eerste versie van het "
            "handboek</li>",
        });
}

TEST_CASE("an older release shows the history as it was in that release", "[history][versions]") {
  CHECK(history_list(built().html("versies/2019.1/werkwijze/intake/index.html")) ==
        std::vector<std::string>{"<li><time datetime=\"2019-12-03\">3 december 2019</time> — Anne de Vries: Eerste "
                                 "versie van het handboek</li>"});
  CHECK(history_list(built().html("versies/2019.1/werkwijze/oud/index.html")).size() == 1);
}

TEST_CASE("the version bar names the version and reads the list of versions from versies.json", "[history][versions]") {
  // Which versions exist is not in the page (browser test: versions.spec.mjs).
  const std::string current = built().html("werkwijze/intake/index.html");
  CHECK(contains(current, "data-versiebalk data-versies=\"../../versies/versies.json\" data-versie-thuis=\"../../\""));
  CHECK(contains(current, "<span class=\"version-current\">Versie 2020.1</span>"));
  CHECK(contains(current, "<a class=\"version-all\" href=\"../../versies/\" data-alle-versies>Alle versies</a>"));
  CHECK_FALSE(contains(current, "2019.1"));
  const std::string old = built().html("versies/2019.1/werkwijze/intake/index.html");
  CHECK(contains(old, "data-versies=\"../../../versies.json\" data-versie-thuis=\"../../\""));
  CHECK_FALSE(contains(old, "2020.1"));
  CHECK(switcher(old) == std::vector<std::string>{"<li><a href=\"../../../\">Alle versies en wijzigingen</a></li>"});
}

TEST_CASE("next to the version number every page links to its version's change page, where there is one",
          "[history][versions]") {
  CHECK(contains(built().html("werkwijze/intake/index.html"),
                 "<a class=\"version-changes\" href=\"../../wijzigingen/\">Wat is er veranderd</a>"));
  CHECK(contains(built().html("concept/werkwijze/intake/index.html"),
                 "<a class=\"version-changes\" href=\"../../wijzigingen/\">Wat is er veranderd</a>"));
  CHECK(contains(built().html("versies/index.html"), "<a class=\"version-changes\" href=\"../wijzigingen/\">"));
  // the oldest release is compared with nothing: no link to a page that does not exist
  CHECK_FALSE(contains(built().html("versies/2019.1/werkwijze/intake/index.html"), "version-changes"));
}

TEST_CASE("versies.json lists every version newest first with URLs relative to itself", "[history][versions]") {
  CHECK(built().html("versies/versies.json") == R"json({
  "versions": [
    {
      "name": "2020.1",
      "label": "2020.1 (actueel)",
      "url": "../",
      "date": "3 februari 2020",
      "current": true,
      "concept": false
    },
    {
      "name": "2019.1",
      "label": "2019.1",
      "url": "2019.1/",
      "date": "4 december 2019",
      "current": false,
      "concept": false
    },
    {
      "name": "concept",
      "label": "concept (nog niet vastgesteld)",
      "url": "../concept/",
      "date": "",
      "current": false,
      "concept": true
    }
  ]
}
)json");
}

TEST_CASE("an older release carries a banner pointing at the current version", "[history][versions]") {
  CHECK(contains(built().html("versies/2019.1/werkwijze/intake/index.html"),
                 "<p class=\"version-banner\" role=\"note\"><strong>Let op: dit is versie 2019.1 van 4 december 2019, "
                 "niet de actuele versie.</strong> <a href=\"../../../../\" data-naar-actueel>Naar de actuele "
                 "versie</a></p>"));
  CHECK_FALSE(contains(built().html("werkwijze/intake/index.html"), "version-banner"));
}

TEST_CASE("the concept carries its banner and marks pages with uncommitted changes", "[history][versions]") {
  const std::string intake = built().html("concept/werkwijze/intake/index.html");
  CHECK(contains(intake,
                 "<p class=\"version-banner\" role=\"note\"><strong>Concept: deze versie is nog niet "
                 "vastgesteld.</strong> Werk met de actuele versie. <a href=\"../../../\" data-naar-actueel>Naar "
                 "de actuele versie</a></p>"));
  CHECK(contains(intake,
                 "<p class=\"uncommitted\" role=\"note\"><strong>Niet vastgelegd:</strong> deze pagina heeft "
                 "wijzigingen die nog niet in git zijn vastgelegd.</p>"));
  CHECK_FALSE(contains(built().html("concept/werkwijze/overleg/index.html"), "class=\"uncommitted\""));
  CHECK_FALSE(contains(built().html("werkwijze/intake/index.html"), "class=\"uncommitted\""));
}

TEST_CASE("/versies/ lists every version with its date and change counts", "[history][versions]") {
  CHECK(lines_between(built().html("versies/index.html"), "<tbody>", "</tbody>") ==
        std::vector<std::string>{
            "<tr class=\"current\">",
            "<th scope=\"row\"><a href=\"../\">2020.1</a> <span class=\"badge\">actueel</span></th>",
            "<td class=\"version-date\" data-label=\"Datum\"><span class=\"version-day\">3 februari 2020</span></td>",
            "<td class=\"version-count\" data-label=\"Nieuw\">1</td><td class=\"version-count\" "
            "data-label=\"Gewijzigd\">2</td>"
            "<td class=\"version-count\" data-label=\"Vervallen\">1</td>",
            "<td class=\"version-link\"><a href=\"../wijzigingen/\">Wat is er veranderd</a></td>",
            "</tr>",
            "<tr>",
            "<th scope=\"row\"><a href=\"2019.1/\">2019.1</a></th>",
            "<td class=\"version-date\" data-label=\"Datum\"><span class=\"version-day\">4 december 2019</span> <span "
            "class=\"version-message\">Versie 2019.1</span></td>",
            "<td class=\"version-first\" colspan=\"4\">eerste versie</td>",
            "</tr>",
            "<tr>",
            "<th scope=\"row\"><a href=\"../concept/\">concept</a> <span class=\"badge concept\">concept</span></th>",
            "<td class=\"version-date\" data-label=\"Datum\"><span class=\"version-day\"></span></td>",
            "<td class=\"version-count\" data-label=\"Nieuw\">0</td><td class=\"version-count\" "
            "data-label=\"Gewijzigd\">1</td>"
            "<td class=\"version-count\" data-label=\"Vervallen\">0</td>",
            "<td class=\"version-link\"><a href=\"../concept/wijzigingen/\">Wat is er veranderd</a></td>",
            "</tr>",
        });
}

TEST_CASE("the change page lists release notes and added, removed, renamed and changed pages", "[history][versions]") {
  const std::string html = built().html("wijzigingen/index.html");
  CHECK(contains(html, "<h1>Wat is er veranderd sinds 2019.1</h1>"));
  CHECK(contains(html, "<p class=\"page-type\">Versie 2020.1 · 3 februari 2020</p>"));
  CHECK(lines_between(html, "<ul class=\"release-notes\">", "</ul>") ==
        std::vector<std::string>{
            "<li>Nieuwe werkwijze, oude vervallen</li>",
            "<li>Overleg hernoemd</li>",
            "<li>Revert &quot;Terugkoppeling aangepast&quot;</li>",
            "<li>Terugkoppeling aangepast</li>",
            "<li>Intake aangescherpt</li>",
        });
  CHECK(lines_between(html, "<h2 id=\"nieuw\">", "</section>") ==
        std::vector<std::string>{"<ul><li><a href=\"../werkwijze/nieuw/\">Nieuwe werkwijze</a></li></ul>"});
  CHECK(lines_between(html, "<h2 id=\"vervallen\">", "</section>") ==
        std::vector<std::string>{"<ul><li><a href=\"../versies/2019.1/werkwijze/vervalt/\">Vervallen werkwijze</a> "
                                 "<span class=\"removed-from\">(in versie 2019.1)</span></li></ul>"});
  CHECK(lines_between(html, "<h2 id=\"verplaatst\">", "</section>") ==
        std::vector<std::string>{
            "<ul><li><a href=\"../werkwijze/overleg/\">Overleg</a> <span class=\"moved\">(was: "
            "<a href=\"../versies/2019.1/werkwijze/oud/\">Overleg</a>, /werkwijze/oud/)</span></li></ul>"});
  // The reverted page is back to its old text: not changed.
  CHECK(lines_between(html, "<h2 id=\"gewijzigd\">", "<section class=\"page-diff\"") ==
        std::vector<std::string>{"<ul class=\"changed-index\"><li><a "
                                 "href=\"#wijziging-werkwijze-intake\">Intake</a></li></ul>"});
}

TEST_CASE("the change page shows each changed page's diff word by word", "[history][versions]") {
  CHECK(lines_between(built().html("wijzigingen/index.html"), "<div class=\"diff\">", "</div>") ==
        std::vector<std::string>{
            "<p class=\"diff-context\">Intake</p>",
            "<p class=\"diff-changed\">De intake begint met een <ins>goed</ins> gesprek.</p>",
        });
  const std::string draft = built().html("concept/wijzigingen/index.html");
  CHECK(contains(draft, "<h1>Wat is er veranderd sinds 2020.1</h1>"));
  CHECK_FALSE(contains(draft, "release-notes"));
  CHECK(lines_between(draft, "<div class=\"diff\">", "</div>") ==
        std::vector<std::string>{
            "<p class=\"diff-context\">Daarna volgt een plan.</p>",
            "<p class=\"diff-changed\"><ins>Nog niet vastgesteld.</ins></p>",
        });
}

TEST_CASE("each version has its own service worker that lists only its own pages", "[offline][versions]") {
  const std::string root = built().html("sw.js");
  const std::string old = built().html("versies/2019.1/sw.js");
  const std::string concept_worker = built().html("concept/sw.js");
  const auto has = [](const std::string& worker, const std::string& url) {
    return worker.find("\"" + url + "\"") != std::string::npos;
  };
  CHECK(has(root, "werkwijze/nieuw/"));
  const std::string root_precache = root.substr(0, root.find("const NESTED_VERSIONS"));
  CHECK_FALSE(has(root_precache, "versies/"));  // the list of versions changes with every release; the root does not
  CHECK_FALSE(has(root, "werkwijze/vervalt/"));
  CHECK(root.find("versies/2019.1/werkwijze") == std::string::npos);
  CHECK(root.find("concept/werkwijze") == std::string::npos);
  CHECK(has(old, "werkwijze/vervalt/"));
  CHECK_FALSE(has(old, "werkwijze/nieuw/"));
  CHECK(old.find("\"../../assets/handboek.") != std::string::npos);
  CHECK(concept_worker.find("\"../assets/handboek.") != std::string::npos);
  CHECK(root.find("NESTED_VERSIONS = [\n  \"concept/\",\n  \"versies/\"\n]") != std::string::npos);
  CHECK(root.find("VERSIONS_JSON_URL = 'versies/versies.json'") != std::string::npos);
  CHECK(old.find("VERSIONS_JSON_URL = '../versies.json'") != std::string::npos);
  CHECK(built().html("versies/2019.1/werkwijze/intake/index.html").find("data-offline-worker=\"../../sw.js\"") !=
        std::string::npos);
}

}  // namespace
}  // namespace handboek::testing
