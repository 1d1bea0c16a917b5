// `handboek build` where git is unusual: no repository, no commits, a
// shallow clone, a detached HEAD, a release tag without content/, merges
// and non-ASCII authors. The build must work (or fail with one clear
// error) and pages must say only what is known.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
using handboek::testing::at;

namespace {

const GitSignature kAnne = handboek::testing::anne("2019-12-03T10:00:00+01:00");
const GitSignature kJose{"José Müller", "jose@example.org", "2020-01-15T09:30:00+01:00"};
const GitSignature kBram{"Bram Bakker", "bram@example.org", "2020-01-10T14:00:00+01:00"};

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
---
Welkom.
-- content/werkwijze/intake.md --
---
title: Intake
---
De intake begint met een gesprek.
-- content/werkwijze/overleg.md --
---
title: Overleg
---
Het overleg is elke week.
)";

std::string page(const std::string& title, const std::string& body) {
  return "---\ntitle: " + title + "\n---\n" + body + "\n";
}

RunResult build(const fs::path& site_dir, const fs::path& out) {
  return run_handboek({"build", site_dir.string(), "-o", out.string(), "--quiet"});
}

std::string trim(std::string_view text) {
  const size_t start = text.find_first_not_of(' ');
  return start == std::string_view::npos ? "" : std::string(text.substr(start));
}

// The trimmed lines of <ol class="history-list">.
std::vector<std::string> history_list(const std::string& html) {
  std::vector<std::string> out;
  bool inside = false;
  for (const std::string& line : split_lines(html)) {
    if (line.find("</ol>") != std::string::npos) inside = false;
    if (inside) out.push_back(trim(line));
    if (line.find("<ol class=\"history-list\">") != std::string::npos) inside = true;
  }
  return out;
}

bool contains(const std::string& html, std::string_view text) {
  return html.find(text) != std::string::npos;
}

TEST_CASE("outside git the build works, pages say no history is available, and there is one warning",
          "[history][edge]") {
  const TempSite site(kSite);
  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  REQUIRE(run.diagnostics().size() == 1);
  const std::string warning = run.diagnostics()[0];
  CHECK(warning.rfind(".: warning: geen git-repository (", 0) == 0);
  CHECK(warning.ends_with("); pagina's tonen geen geschiedenis"));
  const std::string html = read_file(site.beside("out") / "werkwijze/intake/index.html");
  CHECK(contains(html, "<p class=\"no-history\">Voor deze pagina is geen wijzigingsgeschiedenis beschikbaar.</p>"));
  CHECK_FALSE(contains(html, "Laatst gewijzigd"));
  CHECK_FALSE(contains(html, "version-bar"));
  CHECK_FALSE(fs::exists(site.beside("out") / "versies"));
}

TEST_CASE("a repository without commits builds the work tree with one warning", "[history][edge]") {
  const TempSite site(kSite);
  const GitFixture repo(site.root());
  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK(run.diagnostics() ==
        std::vector<std::string>{
            ".: warning: de git-repository heeft nog geen commits; pagina's tonen geen geschiedenis"});
  CHECK(fs::exists(site.beside("out") / "werkwijze/intake/index.html"));
}

TEST_CASE("a shallow clone warns how far history reaches and shows only known dates", "[history][edge]") {
  const TempDir dir;
  const GitFixture origin(dir.path() / "origin");
  origin.write_all(kSite);
  origin.commit("Eerste versie", kAnne);
  origin.write("content/werkwijze/overleg.md", page("Overleg", "Het overleg is elke twee weken."));
  origin.commit("Overleg bijgewerkt", kJose);
  origin.write("content/werkwijze/intake.md", page("Intake", "De intake begint met een goed gesprek."));
  origin.commit("Intake bijgewerkt", at(kAnne, "2020-02-01T12:00:00+01:00"));
  origin.tag("v2019.1", "HEAD~2");  // beyond the clone's depth: not fetched

  const GitFixture clone = shallow_clone(origin, dir.path() / "clone", 2);
  copy_themes(clone.root());
  const RunResult run = build(clone.root(), dir.path() / "out");
  CHECK(run.exit_code == 0);
  CHECK(run.diagnostics() == std::vector<std::string>{".: warning: ondiepe kloon (shallow clone): de geschiedenis gaat "
                                                      "terug tot 2020-01-15; oudere wijzigingen staan er "
                                                      "niet in"});

  const std::string intake = read_file(dir.path() / "out/werkwijze/intake/index.html");
  CHECK(contains(intake,
                 "<p class=\"last-changed\">Laatst gewijzigd <time datetime=\"2020-02-01\">1 februari "
                 "2020</time> door Anne de Vries · bekend sinds <time datetime=\"2020-01-15\">15 januari "
                 "2020</time></p>"));
  const std::vector<std::string> history = history_list(intake);
  REQUIRE(history.size() == 2);
  CHECK(history[0] ==
        "<li><time datetime=\"2020-02-01\">1 februari 2020</time> — Anne de Vries: Intake bijgewerkt</li>");
  CHECK(history[1].rfind("<li><time datetime=\"2020-01-15\">15 januari 2020</time> — ", 0) == 0);
  CHECK(contains(history[1], "<span class=\"history-note\">(oudere geschiedenis niet beschikbaar)</span>"));
  // The first commit lies beyond the clone: its date appears nowhere.
  for (const auto& [path, html] : read_tree(dir.path() / "out")) {
    CHECK_FALSE(contains(html, "3 december 2019"));
    CHECK_FALSE(contains(html, "2019-12-03"));
  }
}

TEST_CASE("with a detached HEAD the work tree is built with the history up to HEAD", "[history][edge]") {
  const TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.write("content/werkwijze/intake.md", page("Intake", "Tweede tekst."));
  repo.commit("Intake herschreven", kJose);
  repo.write("content/werkwijze/intake.md", page("Intake", "Derde tekst."));
  repo.commit("Intake nogmaals herschreven", at(kAnne, "2020-03-01T10:00:00+01:00"));
  repo.detach("HEAD~1");

  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK(run.diagnostics().empty());
  const std::string intake = read_file(site.beside("out") / "werkwijze/intake/index.html");
  CHECK(contains(intake, "Tweede tekst."));
  CHECK(history_list(intake) ==
        std::vector<std::string>{
            "<li><time datetime=\"2020-01-15\">15 januari 2020</time> — José Müller: Intake herschreven</li>",
            "<li><time datetime=\"2019-12-03\">3 december 2019</time> — Anne de Vries: Eerste versie</li>",
        });
}

TEST_CASE("a release tag whose tree lacks content/ is one warning naming the tag and is skipped", "[history][edge]") {
  const TempSite site(R"(
-- site.yaml --
title: Testhandboek
-- README.md --
Hier komt het handboek.
)");
  const GitFixture repo(site.root());
  repo.commit("Begin van de repository", kAnne);
  repo.tag("v0.1");
  site.write_all(kSite);
  repo.commit("Eerste versie van het handboek", kJose);
  repo.tag("v1.0");

  // A tag cannot be changed, so it never blocks a build: it is skipped.
  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK(
      run.diagnostics() ==
      std::vector<std::string>{".: warning: tag 'v0.1' heeft geen map content/ en wordt overgeslagen; een release-tag "
                               "moet wijzen naar een commit van het handboek (of maak `versions: tags:` in site.yaml "
                               "nauwer)"});
  CHECK(fs::exists(site.beside("out") / "werkwijze/intake/index.html"));
  CHECK_FALSE(fs::exists(site.beside("out") / "versies/0.1"));

  site.write("site.yaml", "title: Testhandboek\nversions:\n  tags: \"v1.*\"\n");
  const RunResult narrowed = build(site.root(), site.beside("out"));
  CHECK(narrowed.exit_code == 0);
  CHECK(narrowed.diagnostics().empty());
}

TEST_CASE("the newest release tag lacking content/ is named and skipped too", "[history][edge]") {
  const TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.tag("v1.0");
  repo.git({"rm", "-r", "--quiet", "content"});
  repo.commit("Handboek verhuisd", kJose);
  repo.tag("v2.0");
  site.write_all(kSite);  // the work tree still has it

  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK(run.diagnostics() ==
        std::vector<std::string>{".: warning: tag 'v2.0' heeft geen map content/ en wordt overgeslagen; "
                                 "een release-tag moet wijzen naar een commit van het handboek "
                                 "(of maak `versions: tags:` in site.yaml nauwer)"});
  // The newest release with content is built at the root.
  CHECK(fs::exists(site.beside("out") / "werkwijze/intake/index.html"));
  CHECK_FALSE(fs::exists(site.beside("out") / "versies/2.0"));
}

TEST_CASE("a change merged from a branch is dated and signed by its branch commit; merges are no notes",
          "[history][edge]") {
  const TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.tag("v1");
  repo.create_branch("zijpad");
  repo.switch_to("zijpad");
  repo.write("content/werkwijze/overleg.md", page("Overleg", "Het overleg is elke twee weken."));
  repo.commit("Overleg minder vaak", kBram);
  repo.switch_to("main");
  repo.write("content/werkwijze/intake.md", page("Intake", "De intake begint met een goed gesprek."));
  repo.commit("Intake aangescherpt", kJose);
  repo.merge("zijpad", "Merge branch 'zijpad'", at(kAnne, "2020-01-20T09:00:00+01:00"));
  repo.tag("v2");

  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK(run.diagnostics().empty());
  CHECK(history_list(read_file(site.beside("out") / "werkwijze/overleg/index.html")) ==
        std::vector<std::string>{
            "<li><time datetime=\"2020-01-10\">10 januari 2020</time> — Bram Bakker: Overleg minder vaak</li>",
            "<li><time datetime=\"2019-12-03\">3 december 2019</time> — Anne de Vries: Eerste versie</li>",
        });
  const std::string changes = read_file(site.beside("out") / "wijzigingen/index.html");
  CHECK(contains(changes, "<li>Intake aangescherpt</li>\n    <li>Overleg minder vaak</li>\n  </ul>"));
  for (const auto& [path, html] : read_tree(site.beside("out"))) {
    CHECK_FALSE(contains(html, "Merge branch"));
  }
}

TEST_CASE("non-ASCII author names appear on the page exactly as written", "[history][edge]") {
  const TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", {"Zoë Ørsted-Çelik", "zoe@example.org", "2021-06-30T23:59:00+02:00"});
  const RunResult run = build(site.root(), site.beside("out"));
  CHECK(run.exit_code == 0);
  CHECK(contains(read_file(site.beside("out") / "werkwijze/intake/index.html"),
                 "Laatst gewijzigd <time datetime=\"2021-06-30\">30 juni 2021</time> door Zoë Ørsted-Çelik"));
}

}  // namespace
}  // namespace handboek::testing
