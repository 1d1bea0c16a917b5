// language/language_check: the language stage over a whole site — located
// B1 and spelling warnings, what the spelling check skips, strict_language,
// and a missing dictionary.
#include "language/language_check.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "source/working_tree_source.h"

using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;
namespace language = handboek::language;

namespace {

language::LanguageTools& dutch() {
  static language::LanguageTools tools = language::load_language_tools({});
  return tools;
}

Lines language_lines(const TempSite& site, language::LanguageTools& tools = dutch()) {
  const auto fixture = load_fixture(site);
  REQUIRE(fixture.errors().empty());
  handboek::base::Diagnostics diagnostics;
  const handboek::source::WorkingTreeSource source(site.root());
  language::check_language(fixture.model(), source, tools, 2, diagnostics);
  return handboek::testing::formatted(diagnostics);
}

constexpr std::string_view kClientPage = R"(
-- content/uitleg.md --
---
title: Uw uitkering
doelgroep: klant
---
Wij helpen u bij het zoeken naar werk. U praat met een klantmanager. Samen maakt u een plan.

Indien de belanghebbende niet voldoet aan de verplichtingen die voortvloeien uit de Participatiewet, kan het college besluiten tot verlaging van de uitkering gedurende een nader te bepalen periode.
)";

}  // namespace

TEST_CASE("a hard paragraph for clients is a warning at its first line", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(kClientPage);
  CHECK(language_lines(site) ==
        Lines{"content/uitleg.md:7:1: warning: alinea boven B1 (Douma 13, B1 ≥ 60; zin van 28 woorden, B1 ≤ "
              "20): maak korter: \"Indien de belanghebbende niet voldoet aan de verplichtingen die voortvloeien uit de "
              "…\""});
}

TEST_CASE("a page for professionals is not held to B1", "[language]") {
  TempSite site(kMinimalSite);
  std::string page(kClientPage);
  page.replace(page.find("doelgroep: klant\n"), 17, "");
  site.write_all(page);
  CHECK(language_lines(site).empty());
}

TEST_CASE("a misspelt word is a warning at its line and column with suggestions", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- content/a.md --
---
title: Werk
---
U spreekt de klantmanagr
elke week.
)");
  CHECK(language_lines(site) ==
        Lines{"content/a.md:4:14: warning: onbekend woord 'klantmanagr'; bedoelde je 'klantmanager'?"});
}

TEST_CASE("code, links, organisations, glossary terms and the word list are not spell-checked", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- woordenlijst.txt --
# jargon
werkfit
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/pw.md --
---
title: Praktijkroute
aliases: [praktijkroutes]
definition: De route via de praktijk.
---
-- content/a.md --
---
title: Werk
---
Met `kldfjg` en [de wrkplaats](https://example.org/wrkplaats) naar Halte Werk en BUCH.

Een praktijkroute maakt u werkfit in 2026, ook bij het UWV. Een werkfit-traject helpt.

```
code blijft buiten: xqzzy
```
)");
  CHECK(language_lines(site).empty());
}

TEST_CASE("form texts are checked: a misspelt label at its place, a hard help text of a client form", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- forms/evaluatie.yaml --
title: Evaluatie
doelgroep: klant
sections:
  - title: Uw mening
    fields:
      - id: mening
        type: long_text
        label: Wat vond u van het gesprk?
        help: >-
          Indien de belanghebbende niet voldoet aan de verplichtingen die voortvloeien uit de Participatiewet,
          kan het college besluiten tot verlaging van de uitkering gedurende een nader te bepalen periode.
)");
  CHECK(
      language_lines(site) ==
      Lines{"forms/evaluatie.yaml:8:35: warning: onbekend woord 'gesprk'; bedoelde je 'gesprek'?",
            "forms/evaluatie.yaml:10:11: warning: alinea boven B1 (Douma 13, B1 ≥ 60; zin van 28 woorden, B1 "
            "≤ 20): maak korter: \"Indien de belanghebbende niet voldoet aan de verplichtingen die voortvloeien uit de "
            "…\""});
}

TEST_CASE("strict_language makes the warnings errors", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- site.yaml --
title: Testhandboek
strict_language: true
-- content/a.md --
---
title: Werk
---
Een gesprk.
)");
  CHECK(language_lines(site) == Lines{"content/a.md:4:5: error: onbekend woord 'gesprk'; bedoelde je 'gesprek'?"});
}

TEST_CASE("without dictionaries the checks are off and say why", "[language]") {
  language::LanguageTools tools = language::load_language_tools({"/nonexistent/hyph.dic", "/nonexistent/nl"});
  REQUIRE(tools.off.size() == 2);
  CHECK(tools.off[0].find("hyphen-nl") != std::string::npos);
  CHECK(tools.off[1].find("hunspell-nl") != std::string::npos);
  TempSite site(kMinimalSite);
  site.write_all(kClientPage);
  CHECK(language_lines(site, tools).empty());
}

TEST_CASE("a page that is mostly not Dutch is reported once, not word by word", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- content/english.md --
---
title: Onboarding
---
Welcome to the team. This handbook explains how we work together, how we plan our weeks, which tools we use for
communication and where you find the documents that describe our processes and the people who own them.
)");
  CHECK(language_lines(site) ==
        Lines{"content/english.md: warning: deze pagina lijkt niet Nederlands (27 van de eerste 39 woorden staan niet "
              "in het Nederlandse woordenboek); spelling overgeslagen"});
}

TEST_CASE("build reports only client pages word by word; the report has each unknown word once", "[language]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- content/a.md --
---
title: Werkwijze
---
De klantmanager maakt een plan met de klant en bespreekt het in de Sprintreview van het team.
-- content/b.md --
---
title: Uitleg
doelgroep: klant
---
U bespreekt het plan in de Sprintreview met de klantmanager.
)");
  const auto fixture = load_fixture(site);
  REQUIRE(fixture.errors().empty());
  handboek::base::Diagnostics diagnostics;
  const handboek::source::WorkingTreeSource source(site.root());
  const language::SpellingReport report = language::check_language(fixture.model(), source, dutch(), 2, diagnostics,
                                                                   language::SpellingFindings::kClientPagesOnly);
  const Lines lines = handboek::testing::formatted(diagnostics);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("content/b.md:5:", 0) == 0);
  REQUIRE(report.unknown.count("Sprintreview") == 1);
  CHECK(report.unknown.at("Sprintreview").count == 2);
  CHECK(report.unknown.at("Sprintreview").files == std::set<std::string>{"content/a.md", "content/b.md"});
  CHECK(language::spelling_summary(report) == "spelling: 1 onbekende woorden; zie handboek check --report spelling");
}
