// Each organisation its own edition (issue 30): `build --organisatie ID`
// builds the site for one organisation — its local blocks first and open,
// the others' collapsed or hidden, pages for other organisations left out
// with links to them as plain text, its own statements, address and logo —
// and `build --alle-edities` the regional site and every edition beside it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "engine/loaded_versions.h"
#include "engine/stage_timer.h"
#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
base_url: https://regio.example.nl/
contact:
  name: de werkgroep methodiek
  email: regio@example.nl
organisations:
  - id: noord
    name: Gemeente Noord
    base_url: https://handboek.noord.example.nl
    logo: content/logo-noord.png
    tokens: huisstijl/noord.css
    contact:
      name: het team werk en inkomen
      email: werk@noord.example.nl
    accessibility:
      status: full
      date: 2026-11-01
  - id: zuid
    name: Werkbedrijf Zuid
    show_others: false
-- huisstijl/noord.css --
@import url(https://cdn.example.net/font.css);
.noord-theme {
  --utrecht-link-color: #00665c;
  --utrecht-document-background-color: url(https://tracker.example.net/pixel.png);
  color: red;
}
-- content/_index.md --
---
title: Home
---
Welkom. Lees [het wijkteam](begrippen/wijkteam.md) en [de werkwijze](werkwijze.md).
-- content/werkwijze.md --
---
title: Werkwijze
---
Zo werken we samen.

```lokaal zuid
In Zuid belt de jobhunter binnen twee dagen.
```

```lokaal noord
In Noord komt de klantmanager op huisbezoek.
```
-- content/begrippen/_index.md --
---
title: Begrippen
---
Woorden.
-- content/begrippen/wijkteam.md --
---
title: Wijkteam
definition: Team van professionals in een wijk.
organisations: [noord]
---
Alleen in Noord.
-- content/zuid-loket.md --
---
title: Het loket van Zuid
organisations: [zuid]
---
Alleen in Zuid; zie ook [de werkwijze](werkwijze.md).
-- content/over.md --
---
title: Over
---
Meer over [het loket van Zuid](zuid-loket.md).
)";

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// A PNG signature and a little more: what the static file policy needs.
constexpr std::string_view kPng = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";

}  // namespace

TEST_CASE("an edition shows its own practice first and leaves out other organisations' pages",
          "[integration][editions]") {
  const TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  const RunResult build = run_handboek({"build", site.root().string(), "--organisatie", "noord", "-q"});
  INFO(build.err);
  REQUIRE(build.exit_code == 0);
  const std::filesystem::path out = site.root() / "public-noord";  // the default OUT of an edition
  REQUIRE(std::filesystem::exists(out / "index.html"));

  // Its own block first and open, as "Zo doen wij het bij", the other's
  // after it inside one closed "Zo doen anderen het".
  const std::string page = read_file(out / "werkwijze/index.html");
  const size_t own = page.find("Zo doen wij het bij</span> Gemeente Noord");
  const size_t others = page.find("<summary class=\"lokaal-anderen-label\">Zo doen anderen het</summary>");
  const size_t zuid = page.find("In Zuid belt de jobhunter");
  REQUIRE(own != std::string::npos);
  REQUIRE(others != std::string::npos);
  REQUIRE(zuid != std::string::npos);
  CHECK(own < page.find("In Noord komt de klantmanager"));
  CHECK(own < others);
  CHECK(others < zuid);
  CHECK(contains(page, "<details class=\"lokaal-anderen\">\n<summary"));  // closed: no open attribute
  // No "Mijn organisatie" choice: the edition is one organisation's.
  CHECK_FALSE(contains(page, "data-organisatie-keuze"));
  // Its name and logo in the header.
  CHECK(contains(page, "<span class=\"site-editie\">Gemeente Noord</span>"));
  CHECK(contains(page, "<img class=\"site-logo\" src=\"../logo-noord.png\" alt=\"\">"));
  CHECK(std::filesystem::exists(out / "logo-noord.png"));

  // Zuid's page is left out, and a link to it is its text with a note.
  CHECK_FALSE(std::filesystem::exists(out / "zuid-loket"));
  const std::string over = read_file(out / "over/index.html");
  CHECK(contains(over,
                 "<span class=\"link-weggelaten\">het loket van Zuid<span class=\"link-weggelaten-uitleg\"> (staat "
                 "niet in deze editie)</span></span>"));
  CHECK_FALSE(contains(over, "zuid-loket"));
  CHECK_FALSE(contains(read_file(out / "sitemap.xml"), "zuid-loket"));
  // Its own page is in, and the sitemap has its own address.
  CHECK(contains(read_file(out / "begrippen/index.html"), "Wijkteam"));
  CHECK(contains(read_file(out / "sitemap.xml"), "https://handboek.noord.example.nl/werkwijze/"));

  // Its own contact and accessibility statement.
  const std::string colofon = read_file(out / "colofon/index.html");
  CHECK(contains(colofon, "werk@noord.example.nl"));
  CHECK_FALSE(contains(colofon, "regio@example.nl"));
  const std::string statement = read_file(out / "toegankelijkheid/index.html");
  CHECK(contains(statement, "<strong>voldoet volledig</strong>"));
}

TEST_CASE("an edition links its organisation's design tokens, only their safe custom properties",
          "[integration][editions]") {
  const TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  const std::filesystem::path out = site.beside("noord");
  const RunResult build = run_handboek({"build", site.root().string(), "--organisatie", "noord", "-o", out.string()});
  INFO(build.err);
  REQUIRE(build.exit_code == 0);
  CHECK(contains(build.err, "huisstijl/noord.css:1: warning: uit het tokens-bestand weggelaten: een @-regel"));
  CHECK(contains(build.err,
                 "huisstijl/noord.css:4: warning: uit het tokens-bestand weggelaten: de waarde van "
                 "--utrecht-document-background-color"));
  CHECK(contains(build.err, "huisstijl/noord.css:5: warning: uit het tokens-bestand weggelaten: 'color'"));
  std::string tokens_file;
  for (const auto& entry : std::filesystem::directory_iterator(out / "assets")) {
    if (entry.path().filename().string().rfind("tokens.", 0) == 0) tokens_file = entry.path().filename().string();
  }
  REQUIRE_FALSE(tokens_file.empty());
  CHECK(read_file(out / "assets" / tokens_file) == ":root {\n  --utrecht-link-color: #00665c;\n}\n");
  CHECK(contains(read_file(out / "werkwijze/index.html"),
                 "<link rel=\"stylesheet\" href=\"../assets/" + tokens_file + "\">"));
  // Zuid has no tokens, nor has the site: nothing is linked there.
  REQUIRE(
      run_handboek({"build", site.root().string(), "--organisatie", "zuid", "-o", site.beside("zuid").string(), "-q"})
          .exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(site.beside("zuid") / "assets" / tokens_file));
  CHECK_FALSE(contains(read_file(site.beside("zuid") / "werkwijze/index.html"), "tokens."));
  // A tokens file that is not there is an error of site.yaml.
  std::filesystem::remove(site.root() / "huisstijl/noord.css");
  const RunResult missing = run_handboek({"build", site.root().string(), "--organisatie", "noord", "-o", out.string()});
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "site.yaml: error: het tokens-bestand 'huisstijl/noord.css' bestaat niet"));
}

TEST_CASE("an edition can hide the other organisations' blocks, and links to its left-out pages are no errors",
          "[integration][editions]") {
  const TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  const std::filesystem::path out = site.beside("zuid");
  const RunResult build = run_handboek({"build", site.root().string(), "--organisatie", "zuid", "-o", out.string()});
  INFO(build.err);
  REQUIRE(build.exit_code == 0);
  CHECK_FALSE(contains(build.err, "error"));
  const std::string page = read_file(out / "werkwijze/index.html");
  CHECK(contains(page, "Zo doen wij het bij</span> Werkbedrijf Zuid"));
  CHECK_FALSE(contains(page, "In Noord komt de klantmanager"));  // show_others: false
  CHECK_FALSE(contains(page, "Zo doen anderen het"));
  CHECK_FALSE(contains(page, "lokaal-noord"));  // nor in "Lokale afspraken op deze pagina"
  CHECK(std::filesystem::exists(out / "zuid-loket/index.html"));
  // The glossary term for Noord only is left out: the home page's link to
  // it is text; the site's own contact is kept (Zuid has none of its own).
  const std::string home = read_file(out / "index.html");
  CHECK(contains(home, "<span class=\"link-weggelaten\">het wijkteam<span"));
  CHECK_FALSE(contains(read_file(out / "begrippen/index.html"), "Team van professionals in een wijk"));
  CHECK(contains(read_file(out / "colofon/index.html"), "regio@example.nl"));
}

TEST_CASE("--alle-edities builds the regional site and every edition beside it", "[integration][editions]") {
  const TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  const std::filesystem::path out = site.beside("uit");
  const RunResult build = run_handboek({"build", site.root().string(), "--alle-edities", "-o", out.string(), "-q"});
  INFO(build.err);
  REQUIRE(build.exit_code == 0);
  // The regional site has every page and every block side by side.
  CHECK(std::filesystem::exists(out / "zuid-loket/index.html"));
  const std::string regional = read_file(out / "werkwijze/index.html");
  CHECK(contains(regional, "data-organisatie-keuze"));
  CHECK_FALSE(contains(regional, "Zo doen wij het bij"));
  CHECK(contains(read_file(site.beside("uit-noord") / "werkwijze/index.html"), "Zo doen wij het bij"));
  CHECK(contains(read_file(site.beside("uit-zuid") / "werkwijze/index.html"), "Zo doen wij het bij"));
  CHECK_FALSE(std::filesystem::exists(site.beside("uit-noord") / "zuid-loket"));
}

TEST_CASE("--alle-edities shares git's history and parsed pages, and builds what separate builds build",
          "[integration][editions][versions]") {
  TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  site.write("site.yaml", read_file(site.root() / "site.yaml") + "versions:\n  tags: \"v*\"\n");
  GitFixture repo(site.root());
  repo.commit("Eerste versie", anne("2019-06-03T10:00:00+02:00"));
  repo.tag("v2019.1");
  site.write("content/over.md", "---\ntitle: Over\n---\nMeer over [het loket van Zuid](zuid-loket.md), nu ook.\n");
  repo.commit("Over aangevuld", anne("2019-09-02T10:00:00+02:00"));
  repo.tag("v2019.2");

  const RunResult all = run_handboek(
      {"build", site.root().string(), "--alle-edities", "-o", site.beside("alle").string(), "--no-cache", "-q"});
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  CHECK(std::filesystem::exists(site.beside("alle") / "versies/2019.1/over/index.html"));
  // Byte for byte what each build alone makes: sharing changes nothing.
  for (const std::string id : {"noord", "zuid"}) {
    const RunResult alone = run_handboek({"build", site.root().string(), "--organisatie", id, "-o",
                                          site.beside("apart-" + id).string(), "--no-cache", "-q"});
    REQUIRE(alone.exit_code == 0);
    INFO(id);
    CHECK(read_tree(site.beside("alle-" + id)) == read_tree(site.beside("apart-" + id)));
  }
  REQUIRE(run_handboek({"build", site.root().string(), "-o", site.beside("regio").string(), "--no-cache", "-q"})
              .exit_code == 0);
  CHECK(read_tree(site.beside("alle")) == read_tree(site.beside("regio")));
}

TEST_CASE("the builds of one run read git's history once and share parsed pages", "[integration][editions]") {
  TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  site.write("site.yaml", read_file(site.root() / "site.yaml") + "versions:\n  tags: \"v*\"\n");
  GitFixture repo(site.root());
  repo.commit("Eerste versie", anne("2019-06-03T10:00:00+02:00"));
  repo.tag("v2019.1");

  engine::SharedLoading shared;
  engine::StageTimer timer;
  base::Diagnostics regional_found;
  const engine::LoadedVersions regional = engine::load_versions(site.root(), 1, timer, regional_found, {},
                                                                language::SpellingFindings::kLocated, "", &shared);
  REQUIRE(regional.plan.history);
  CHECK(shared.git.history == regional.plan.history);
  CHECK_FALSE(shared.pages->empty());  // the regional site's parsed pages, for the editions
  base::Diagnostics edition_found;
  const engine::LoadedVersions noord = engine::load_versions(site.root(), 1, timer, edition_found, {},
                                                             language::SpellingFindings::kLocated, "noord", &shared);
  CHECK(noord.plan.history == regional.plan.history);  // the same history, not read again
  CHECK(noord.plan.repository == regional.plan.repository);
  CHECK(noord.edition == "noord");
  // What the regional site reported (the history's warnings among it), the
  // edition reports too; its own tokens file may add more.
  const std::vector<base::Diagnostic> edition_list = edition_found.sorted();
  for (const base::Diagnostic& diagnostic : regional_found.sorted()) {
    INFO(diagnostic.message);
    CHECK(std::find_if(edition_list.begin(), edition_list.end(), [&](const base::Diagnostic& other) {
            return other.path == diagnostic.path && other.message == diagnostic.message;
          }) != edition_list.end());
  }
}

TEST_CASE("an unknown organisation, or both edition options, are refused", "[integration][editions]") {
  const TempSite site(kSite);
  site.write("content/logo-noord.png", kPng);
  const RunResult unknown =
      run_handboek({"build", site.root().string(), "--organisatie", "nord", "-o", site.beside("x").string()});
  CHECK(unknown.exit_code == 1);
  CHECK(contains(unknown.err, "site.yaml: error: onbekende organisatie 'nord' voor --organisatie"));
  CHECK(contains(unknown.err, "bedoelde je 'noord'?"));
  CHECK_FALSE(std::filesystem::exists(site.beside("x")));
  const RunResult both = run_handboek({"build", site.root().string(), "--organisatie", "noord", "--alle-edities"});
  CHECK(both.exit_code == 2);
  CHECK(contains(both.err, "--organisatie en --alle-edities gaan niet samen"));
}

TEST_CASE("an edition's logo must be an image content/ publishes", "[integration][editions]") {
  const TempSite site(kSite);  // no content/logo-noord.png
  const RunResult build =
      run_handboek({"build", site.root().string(), "--organisatie", "noord", "-o", site.beside("x").string()});
  CHECK(build.exit_code == 1);
  CHECK(contains(build.err, "het logo 'content/logo-noord.png' van Gemeente Noord staat niet in content/"));
}

}  // namespace handboek::testing
