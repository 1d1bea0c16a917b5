// Where practice differs (/lokaal/ and `check --report lokaal`) on a real
// repository: a local agreement is "controleren" when the shared text of its
// step changed in git after the block did, with both dates and a link to
// the change; a block changed after its step's text, or a change in another
// step, does not mark it; uncommitted lines count as changed now.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kMaart = anne("2019-03-01T10:00:00+01:00");
const GitSignature kMei = at(kMaart, "2019-05-02T09:00:00+02:00");
const GitSignature kJuni = at(kMaart, "2019-06-03T11:00:00+02:00");

constexpr std::string_view kSiteYaml = R"(title: Testhandboek
organisations:
  - id: buch
    name: BUCH
  - id: wnk
    name: WNK
)";

// The process with three steps: `melding` and `afronding` hold a block of
// BUCH, `gesprek` one of WNK.
std::string intake(const std::string& melding, const std::string& gesprek, const std::string& wnk_block,
                   const std::string& afronding) {
  return "---\ntitle: Intake\ntype: proces\nsteps:\n"
         "  - id: melding\n    title: Melding\n    description: |\n      " +
         melding +
         "\n\n      ```lokaal buch\n      Bij BUCH belt de klantmanager binnen twee dagen.\n      ```\n"
         "  - id: gesprek\n    title: Gesprek\n    description: |\n      " +
         gesprek + "\n\n      ```lokaal wnk\n      " + wnk_block +
         "\n      ```\n"
         "  - id: afronding\n    title: Afronding\n    description: |\n      " +
         afronding +
         "\n\n      ```lokaal buch\n      Bij BUCH tekent de teamleider het plan.\n      ```\n"
         "---\nDe intake in drie stappen.\n";
}

const std::string kMelding1 = "De klant meldt zich aan bij de balie.";
const std::string kMelding2 = "De klant meldt zich digitaal aan.";
const std::string kGesprek1 = "Het eerste gesprek duurt een uur.";
const std::string kGesprek2 = "Het eerste gesprek duurt anderhalf uur.";
const std::string kWnk1 = "Bij WNK is het gesprek op locatie.";
const std::string kWnk2 = "Bij WNK is het gesprek op locatie of thuis.";
const std::string kAfronding = "Klant en professional ondertekenen het plan.";

struct Built {
  TempSite site{""};
  fs::path out = site.beside("out");
  RunResult build;

  Built() {
    const GitFixture repo(site.root());
    repo.write("site.yaml", kSiteYaml);
    repo.write("content/_index.md", "---\ntitle: Home\n---\nWelkom.\n");
    repo.write("content/werkwijze/intake.md", intake(kMelding1, kGesprek1, kWnk1, kAfronding));
    repo.commit("Eerste versie", kMaart);
    repo.tag("v2019.1");
    // The shared text of `melding` and `gesprek` changes...
    repo.write("content/werkwijze/intake.md", intake(kMelding2, kGesprek2, kWnk1, kAfronding));
    repo.commit("Melding digitaal, gesprek langer", kMei);
    // ... and WNK adapts its block to the new text of `gesprek`.
    repo.write("content/werkwijze/intake.md", intake(kMelding2, kGesprek2, kWnk2, kAfronding));
    repo.commit("WNK past de afspraak aan", kJuni);
    repo.tag("v2019.2");
    build = run_handboek({"build", site.root().string(), "-o", out.string(), "--quiet", "--no-cache"});
  }
};

const Built& built() {
  static const Built site;
  return site;
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// The entry of one organisation's agreement at one step on /lokaal/.
std::string entry(const std::string& html, const std::string& step_title, const std::string& organisation) {
  const size_t place = html.find(step_title + "</a></h3>");
  if (place == std::string::npos) return "";
  const size_t start = html.find("data-organisatie=\"" + organisation + "\"", place);
  const size_t end = html.find("</li>", start);
  if (start == std::string::npos || end == std::string::npos) return "";
  return html.substr(start, end - start);
}

TEST_CASE("a local agreement whose step changed after it is marked controleren, with both dates", "[lokaal]") {
  REQUIRE(built().build.exit_code == 0);
  const std::string html = read_file(built().out / "lokaal/index.html");
  const std::string melding = entry(html, "Stap 1: Melding", "buch");
  REQUIRE_FALSE(melding.empty());
  CHECK(contains(melding, "<strong class=\"praktijk-label\">controleren</strong>"));
  CHECK(contains(melding, "Bij BUCH belt de klantmanager binnen twee dagen."));
  CHECK(contains(melding, "<dt>Afspraak gewijzigd</dt><dd><time datetime=\"2019-03-01\">1 maart 2019</time></dd>"));
  CHECK(contains(melding, "<dt>Gedeelde tekst gewijzigd</dt><dd><time datetime=\"2019-05-02\">2 mei 2019</time></dd>"));
  // The change is in release 2019.2, whose change page shows the page.
  CHECK(contains(melding, "href=\"../wijzigingen/#wijziging-werkwijze-intake\""));
  CHECK(contains(read_file(built().out / "wijzigingen/index.html"), "id=\"wijziging-werkwijze-intake\""));
  // The organisation's name links to the step on its page.
  CHECK(contains(melding, "<a href=\"../werkwijze/intake/#stap-melding\">BUCH</a>"));
  CHECK(contains(html, "Eén lokale afspraak moet gecontroleerd worden."));
}

TEST_CASE("a block changed after its step's text, or a change in another step, is not stale", "[lokaal]") {
  REQUIRE(built().build.exit_code == 0);
  const std::string html = read_file(built().out / "lokaal/index.html");
  const std::string gesprek = entry(html, "Stap 2: Gesprek", "wnk");
  REQUIRE_FALSE(gesprek.empty());
  CHECK_FALSE(contains(gesprek, "controleren"));
  CHECK(contains(gesprek, "<dt>Afspraak gewijzigd</dt><dd><time datetime=\"2019-06-03\">3 juni 2019</time></dd>"));
  CHECK(contains(gesprek, "<dt>Gedeelde tekst gewijzigd</dt><dd><time datetime=\"2019-05-02\">2 mei 2019</time></dd>"));
  // `afronding` did not change; `melding` above it did.
  const std::string afronding = entry(html, "Stap 3: Afronding", "buch");
  REQUIRE_FALSE(afronding.empty());
  CHECK_FALSE(contains(afronding, "controleren"));
  CHECK(contains(afronding,
                 "<dt>Gedeelde tekst gewijzigd</dt><dd><time datetime=\"2019-03-01\">1 maart 2019</time></dd>"));
  // Side by side: the organisations without an agreement at a step are named.
  CHECK(contains(html, "Geen lokale afspraak (de gedeelde tekst geldt): WNK."));
  CHECK(contains(html, "Geen lokale afspraak (de gedeelde tekst geldt): BUCH."));
}

TEST_CASE("the regional site links /lokaal/ from its home page, not its menu; an edition has no such page",
          "[lokaal]") {
  REQUIRE(built().build.exit_code == 0);
  const std::string home = read_file(built().out / "index.html");
  CHECK(contains(home, "<a class=\"taak-link\" href=\"lokaal/\">"));
  CHECK_FALSE(contains(home, "<a href=\"lokaal/\">"));  // the menu is the readers' sections
  CHECK(contains(home, "<span class=\"taak-titel\">Waar de praktijk verschilt</span>"));
  CHECK_FALSE(fs::exists(built().out / "versies/2019.1/lokaal"));
  const fs::path edition = built().site.beside("editie");
  const RunResult run = run_handboek({"build", built().site.root().string(), "--organisatie", "buch", "-o",
                                      edition.string(), "--quiet", "--no-cache"});
  REQUIRE(run.exit_code == 0);
  CHECK_FALSE(fs::exists(edition / "lokaal"));
  CHECK_FALSE(contains(read_file(edition / "index.html"), "href=\"lokaal/\""));
}

TEST_CASE("check --report lokaal lists the stale agreements per organisation, uncommitted lines as changed now",
          "[lokaal]") {
  TempSite site{""};
  const GitFixture repo(site.root());
  repo.write("site.yaml", kSiteYaml);
  repo.write("content/_index.md", "---\ntitle: Home\n---\nWelkom.\n");
  repo.write("content/werkwijze/intake.md", intake(kMelding1, kGesprek1, kWnk1, kAfronding));
  repo.commit("Eerste versie", kMaart);
  repo.write("content/werkwijze/intake.md", intake(kMelding2, kGesprek1, kWnk1, kAfronding));
  repo.commit("Melding digitaal", kMei);
  // Not committed: the text of `afronding` changes in the working tree.
  repo.write("content/werkwijze/intake.md",
             intake(kMelding2, kGesprek1, kWnk1, "Klant en professional ondertekenen het plan samen."));

  const RunResult text = run_handboek({"check", site.root().string(), "--report", "lokaal", "--quiet"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out ==
        "Lokale afspraken om te controleren: de gedeelde tekst van hun stap of hoofdstuk is gewijzigd na de "
        "afspraak zelf\n"
        "\nBUCH (2)\n"
        "  content/werkwijze/intake.md:10  Intake › stap 1 Melding\n"
        "      afspraak gewijzigd 1 maart 2019, gedeelde tekst gewijzigd 2 mei 2019\n"
        "  content/werkwijze/intake.md:26  Intake › stap 3 Afronding\n"
        "      afspraak gewijzigd 1 maart 2019, gedeelde tekst gewijzigd niet vastgelegd\n"
        "\nWNK (0)\n  geen\n");

  const RunResult json =
      run_handboek({"check", site.root().string(), "--report", "lokaal", "--format", "json", "--quiet"});
  REQUIRE(json.exit_code == 0);
  const std::vector<std::string> lines = split_lines(json.out);
  REQUIRE(lines.size() == 2);
  CHECK(contains(lines[0],
                 "{\"report\":\"lokaal\",\"organisation\":\"buch\",\"name\":\"BUCH\","
                 "\"path\":\"content/werkwijze/intake.md\",\"line\":10,\"page\":\"Intake\","
                 "\"place\":\"Intake › stap 1 Melding\",\"changed\":\"2019-03-01\","
                 "\"shared_changed\":\"2019-05-02\",\"commit\":\""));
  CHECK(contains(lines[1], "\"changed\":\"2019-03-01\",\"shared_changed\":null,\"commit\":\"\"}"));

  // Without releases the site is the working tree: /lokaal/ shows the
  // uncommitted change and links to the page's history.
  const fs::path out = site.beside("out");
  REQUIRE(run_handboek({"build", site.root().string(), "-o", out.string(), "--quiet", "--no-cache"}).exit_code == 0);
  const std::string html = read_file(out / "lokaal/index.html");
  const std::string afronding = entry(html, "Stap 3: Afronding", "buch");
  CHECK(contains(afronding, "<strong class=\"praktijk-label\">controleren</strong>"));
  CHECK(contains(afronding, "<dt>Gedeelde tekst gewijzigd</dt><dd>nog niet vastgelegd</dd>"));
  CHECK(contains(afronding, "href=\"../werkwijze/intake/#paginageschiedenis\""));
  CHECK(contains(read_file(out / "werkwijze/intake/index.html"), "id=\"paginageschiedenis\""));
}

// A page body: a block belongs to its section; a section of local blocks
// only ("Lokale afspraken") is about the whole page.
std::string explained(const std::string& background) {
  return "---\ntitle: Uitleg\n---\nInleiding.\n\n## Werkwijze\n\nDe consulent belt de klant.\n\n"
         "```lokaal buch\nBij BUCH belt de klantmanager.\n```\n\n## Achtergrond\n\n" +
         background +
         "\n\n````markdown\n```lokaal buch\nEen voorbeeld, geen afspraak.\n```\n````\n\n"
         "## Lokale afspraken\n\n```lokaal wnk\nBij WNK gaat het anders.\n```\n";
}

TEST_CASE("a block in the body belongs to its section; a section of local blocks only to the whole page", "[lokaal]") {
  TempSite site{""};
  const GitFixture repo(site.root());
  repo.write("site.yaml", kSiteYaml);
  repo.write("content/_index.md", "---\ntitle: Home\n---\nWelkom.\n");
  repo.write("content/uitleg.md", explained("Waarom we dit doen."));
  repo.commit("Eerste versie", kMaart);
  repo.write("content/uitleg.md", explained("Waarom we dit zo doen."));
  repo.commit("Achtergrond scherper", kMei);

  const RunResult json =
      run_handboek({"check", site.root().string(), "--report", "lokaal", "--format", "json", "--quiet"});
  REQUIRE(json.exit_code == 0);
  // Only WNK's: the section Werkwijze did not change, the page did.
  CHECK(json.out ==
        "{\"report\":\"lokaal\",\"organisation\":\"wnk\",\"name\":\"WNK\",\"path\":\"content/uitleg.md\","
        "\"line\":26,\"page\":\"Uitleg\",\"place\":\"Uitleg › Lokale afspraken\",\"changed\":\"2019-03-01\","
        "\"shared_changed\":\"2019-05-02\",\"commit\":\"" +
            repo.git({"rev-parse", "HEAD"}) + "\"}\n");

  const fs::path out = site.beside("out");
  REQUIRE(run_handboek({"build", site.root().string(), "-o", out.string(), "--quiet", "--no-cache"}).exit_code == 0);
  const std::string html = read_file(out / "lokaal/index.html");
  // The example inside a longer fence is no agreement: BUCH has one.
  CHECK(contains(html,
                 "<span class=\"praktijk-organisatie\">BUCH</span> <span class=\"praktijk-bij\">niets te "
                 "controleren</span> <span class=\"praktijk-aantal\">van 1 afspraak</span>"));
  const std::string werkwijze = entry(html, "Werkwijze", "buch");
  CHECK_FALSE(contains(werkwijze, "controleren"));
  // The organisation's first block in the body has its id: the link goes there.
  CHECK(contains(werkwijze, "<a href=\"../uitleg/#lokaal-buch\">BUCH</a>"));
  CHECK(contains(entry(html, "Lokale afspraken", "wnk"), "<strong class=\"praktijk-label\">controleren</strong>"));
}

}  // namespace
}  // namespace handboek::testing
