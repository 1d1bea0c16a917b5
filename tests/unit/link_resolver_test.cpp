// model/link_resolver: relative links to .md files (with anchors), forms,
// folders, glossary terms and static files become site URLs; every broken
// link is an error at the link with a suggestion where one is close.
#include "model/link_resolver.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;

namespace {

// A process with steps and a heading, a glossary, a form and an image.
constexpr std::string_view kLinkedPages = R"(
-- content/processen/_index.md --
---
title: Processen
---
-- content/processen/intake.md --
---
title: Intake
steps:
  - id: aanmelding
    title: Aanmelding
    description: Zie [PIP](../begrippen/pip.md).
---
## Achtergrond
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/pip.md --
---
title: PIP
definition: Een plan.
---
-- content/over/afbeeldingen/schema.pdf --
%PDF-1.4
-- forms/plan-van-aanpak.yaml --
title: Plan van aanpak
sections:
  - title: Afspraken
    fields:
      - id: doel
        type: long_text
        label: Doel
)";

// A site with the pages above and content/over/links.md holding `body`.
TempSite site_with_links(std::string_view body) {
  TempSite site(kMinimalSite);
  site.write_all(kLinkedPages);
  site.write("content/over/links.md", "---\ntitle: Links\n---\n" + std::string(body));
  return site;
}

}  // namespace

TEST_CASE("a relative link to a page becomes the page URL", "[model][links]") {
  const TempSite site =
      site_with_links(R"([intake](../processen/intake.md) en [route](../processen/intake.md#stap-aanmelding)
en [kop](../processen/intake.md#achtergrond) en [home](../_index.md) en [map](../processen/)
)");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(loaded.errors().empty());
  const auto& targets = loaded.page("content/over/links.md").link_targets;
  CHECK(targets.at("../processen/intake.md") == "/processen/intake/");
  CHECK(targets.at("../processen/intake.md#stap-aanmelding") == "/processen/intake/#stap-aanmelding");
  CHECK(targets.at("../processen/intake.md#achtergrond") == "/processen/intake/#achtergrond");
  CHECK(targets.at("../_index.md") == "/");
  CHECK(targets.at("../processen/") == "/processen/");
}

TEST_CASE("a link to a glossary term points at its entry on the glossary page", "[model][links][glossary]") {
  const TempSite site = site_with_links("[pip](../begrippen/pip.md) en [lijst](../begrippen/_index.md#pip)\n");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors().empty());
  const auto& targets = loaded.page("content/over/links.md").link_targets;
  CHECK(targets.at("../begrippen/pip.md") == "/begrippen/#pip");
  CHECK(targets.at("../begrippen/_index.md#pip") == "/begrippen/#pip");
}

TEST_CASE("links to forms static files and other sites are kept or rewritten", "[model][links]") {
  const TempSite site =
      site_with_links(R"([formulier](../../forms/plan-van-aanpak.yaml) ![schema](afbeeldingen/schema.pdf)
[wet](https://wetten.overheid.nl/) [mail](mailto:info@example.nl) [hier](#top)
)");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors() == Lines{"content/over/links.md:5:67: error: geen anker '#top' in content/over/links.md"});
  const auto& targets = loaded.page("content/over/links.md").link_targets;
  CHECK(targets.at("../../forms/plan-van-aanpak.yaml") == "/formulieren/plan-van-aanpak/");
  CHECK(targets.at("afbeeldingen/schema.pdf") == "/over/afbeeldingen/schema.pdf");
  CHECK(targets.at("https://wetten.overheid.nl/") == "https://wetten.overheid.nl/");
  CHECK(targets.at("mailto:info@example.nl") == "mailto:info@example.nl");
}

TEST_CASE("a link to a missing page is an error with a suggestion", "[model][links]") {
  const TempSite site = site_with_links("Zie de [intake](../processen/intkae.md).\n");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors() == Lines{"content/over/links.md:4:8: error: link naar een pagina die niet bestaat: "
                                 "'content/processen/intkae.md'; bedoelde je 'content/processen/intake.md'?"});
  CHECK(loaded.page("content/over/links.md").link_targets.empty());
}

TEST_CASE("a link to a missing anchor is an error with a suggestion", "[model][links][anchors]") {
  const TempSite site =
      site_with_links("[a](../processen/intake.md#stap-aanmeldng)\n\n[b](../processen/intake.md#xyz)\n");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors() ==
        Lines{
            "content/over/links.md:4:1: error: geen anker '#stap-aanmeldng' in content/processen/intake.md; bedoelde "
            "je 'stap-aanmelding'?",
            "content/over/links.md:6:1: error: geen anker '#xyz' in content/processen/intake.md",
        });
}

TEST_CASE("a glossary term has no anchors of its own", "[model][links][glossary]") {
  const TempSite site = site_with_links("[a](../begrippen/pip.md#uitleg)\n");
  CHECK(load_fixture(site).errors() == Lines{"content/over/links.md:4:1: error: een begrip heeft geen eigen ankers; "
                                             "link naar 'pip.md'"});
}

TEST_CASE("a link that leaves the content folder is an error", "[model][links]") {
  const TempSite site = site_with_links("[a](../../site.yaml) [b](../../../../etc/passwd)\n");
  CHECK(load_fixture(site).errors() ==
        Lines{
            "content/over/links.md:4:1: error: link '../../site.yaml' gaat buiten de map content/",
            "content/over/links.md:4:22: error: link '../../../../etc/passwd' gaat buiten de map content/",
        });
}

TEST_CASE("site-absolute links resolve from content/ and an empty link is an error", "[model][links]") {
  const TempSite site = site_with_links("[a](/processen/intake.md) [b]() [c](/processen/intake/) [d](/nergens.md)\n");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors() ==
        Lines{
            "content/over/links.md:4:27: error: een link zonder doel",
            "content/over/links.md:4:57: error: link naar een pagina die niet bestaat: 'content/nergens.md'",
        });
  const auto& targets = loaded.page("content/over/links.md").link_targets;
  CHECK(targets.at("/processen/intake.md") == "/processen/intake/");
  CHECK(targets.at("/processen/intake/") == "/processen/intake/");
}

TEST_CASE("links written for other generators resolve", "[model][links][byo]") {
  TempSite site(kMinimalSite);
  site.write_all(kLinkedPages);
  site.write("content/werk/index.md", "# Werk\n");
  site.write("content/werk/Aanvraag Spoed.md", "# Spoed\n\n## Stappen\n");
  site.write("content/werk/Intake-Gesprek.md", "Tekst.\n");
  site.write("content/over/links.md", R"(---
title: Links
---
[a](../werk/Aanvraag%20Spoed.md#stappen) [b](../werk/index.md) [c](../werk/README.md) [d](../werk)
[e](../werk/intake-gesprek.md) [f](./links.md) [g](../werk/Intake-Gesprek) [h](../processen/index.md)
)");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors().empty());
  const auto& targets = loaded.page("content/over/links.md").link_targets;
  CHECK(targets.at("../werk/Aanvraag%20Spoed.md#stappen") == "/werk/Aanvraag Spoed/#stappen");
  CHECK(targets.at("../werk/index.md") == "/werk/");
  CHECK(targets.at("../werk/README.md") == "/werk/");  // no such file: the folder's page
  CHECK(targets.at("../werk") == "/werk/");
  CHECK(targets.at("../werk/intake-gesprek.md") == "/werk/Intake-Gesprek/");  // another case
  CHECK(targets.at("./links.md") == "/over/links/");
  CHECK(targets.at("../werk/Intake-Gesprek") == "/werk/Intake-Gesprek/");  // without .md
  CHECK(targets.at("../processen/index.md") == "/processen/");             // the folder's _index.md
}

TEST_CASE("a link to a form that does not exist is an error", "[model][links][forms]") {
  const TempSite site = site_with_links("[a](../../forms/onbekend.yaml)\n");
  CHECK(load_fixture(site).errors() ==
        Lines{"content/over/links.md:4:1: error: link naar een formulier dat niet bestaat: 'forms/onbekend.yaml'"});
}

TEST_CASE("links in lokaal blocks and step descriptions are resolved too", "[model][links]") {
  const TempSite site = site_with_links(
      "```lokaal buch\nZie [intake](../processen/intake.md) en [weg](verdwenen-pagina-met-lange-naam.md).\n```\n");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors() == Lines{"content/over/links.md:5:41: error: link naar een pagina die niet bestaat: "
                                 "'content/over/verdwenen-pagina-met-lange-naam.md'"});
  CHECK(loaded.page("content/over/links.md").link_targets.at("../processen/intake.md") == "/processen/intake/");
  CHECK(loaded.page("content/processen/intake.md").link_targets.at("../begrippen/pip.md") == "/begrippen/#pip");
}

TEST_CASE("a broken link in a step description is reported at its line in the file", "[model][links]") {
  TempSite site(kMinimalSite);
  site.write_all(kLinkedPages);
  site.write("content/processen/nazorg.md", R"(---
title: Nazorg
steps:
  - id: evaluatie
    title: Evaluatie
    description: >-
      Evalueer samen met de klant
      en lees de [intake](intak.md#stap-aanmelding).
---
)");
  CHECK(load_fixture(site).errors() == Lines{"content/processen/nazorg.md:8:18: error: link naar een pagina die niet "
                                             "bestaat: 'content/processen/intak.md'; bedoelde "
                                             "je 'content/processen/intake.md'?"});
}

TEST_CASE("a page is suggested only when its file name is close to the one written", "[model][links]") {
  // Every page of a folder shares "content/over/": that alone is no reason to suggest one.
  const TempSite site = site_with_links("[a](partners.md) [b](../processen/intake.md) [c](linsk.md)\n");
  CHECK(load_fixture(site).errors() ==
        Lines{
            "content/over/links.md:4:1: error: link naar een pagina die niet bestaat: 'content/over/partners.md'",
            "content/over/links.md:4:46: error: link naar een pagina die niet bestaat: 'content/over/linsk.md'; "
            "bedoelde je "
            "'content/over/links.md'?",
        });
}
