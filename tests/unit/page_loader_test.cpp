// load/page_loader: one Markdown file → a Page, with every problem of the
// file (front matter, UTF-8, raw HTML, lokaal blocks) at its line and column.
#include "load/page_loader.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::base::Diagnostics;
using handboek::base::SitePath;
using handboek::load::PageType;
using handboek::testing::formatted;

namespace {

handboek::config::SiteConfig config_with_organisations() {
  handboek::config::SiteConfig config;
  config.title = "Test";
  config.organisations = {{"buch", "BUCH", ""}, {"halte-werk", "Halte Werk", ""}};
  return config;
}

struct Loaded {
  std::optional<handboek::load::Page> page;
  std::vector<std::string> diagnostics;
};

Loaded load(std::string_view path, std::string_view text) {
  Diagnostics diagnostics;
  auto page =
      handboek::load::load_page(*SitePath::parse(path), std::string(text), config_with_organisations(), diagnostics);
  return {std::move(page), formatted(diagnostics)};
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a page gets its type from its top-level folder", "[load][page_loader]") {
  auto type_of = [](std::string_view path) { return handboek::load::default_page_type(*SitePath::parse(path)); };
  CHECK(type_of("content/processen/mens-in-beeld.md") == PageType::kProcess);
  CHECK(type_of("content/processen/sub/deel.md") == PageType::kProcess);
  CHECK(type_of("content/gespreksformats/x.md") == PageType::kInterviewFormat);
  CHECK(type_of("content/competenties/x.md") == PageType::kCompetencyProfile);
  CHECK(type_of("content/begrippen/pip.md") == PageType::kTerm);
  CHECK(type_of("content/over/visie.md") == PageType::kPlain);
  CHECK(type_of("content/visie.md") == PageType::kPlain);
}

TEST_CASE("a section page is a pagina even in a typed folder", "[load][page_loader]") {
  const Loaded loaded = load("content/processen/_index.md", "---\ntitle: Processen\n---\nAlle routes.\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.page->is_section_index);
  CHECK(loaded.page->type == PageType::kPlain);
}

TEST_CASE("type in the front matter overrides the folder", "[load][page_loader]") {
  const Loaded loaded = load("content/over/pip.md", "---\ntitle: PIP\ntype: begrip\ndefinition: Een plan.\n---\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.page->type == PageType::kTerm);
}

TEST_CASE("the common front matter keys are read into typed fields", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", R"(---
title: Onze visie
summary: Waarom we dit doen.
owner: Werkgroep methodiek
review: 2027-03-01
organisations: [buch, halte-werk]
tags: [visie, regio]
weight: -5
---
Tekst.
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  const auto& page = *loaded.page;
  CHECK(page.title == "Onze visie");
  CHECK(page.summary == "Waarom we dit doen.");
  CHECK(page.owner == "Werkgroep methodiek");
  CHECK(page.review == "2027-03-01");
  CHECK(page.organisations == Lines{"buch", "halte-werk"});
  CHECK(page.tags == Lines{"visie", "regio"});
  CHECK(page.weight == -5);
  CHECK(page.body == "Tekst.\n");
  CHECK(page.body_line == 10);
}

TEST_CASE("without a title the file name made readable stands in", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "---\nsummary: Kort.\n---\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.page->title == "Visie");
}

TEST_CASE("an unknown key is a warning with a suggestion", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\nsumary: Kort.\ncolour: rood\n---\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics ==
        Lines{
            "content/over/visie.md:3:1: warning: onbekende sleutel 'sumary'; bedoelde je 'summary'?",
            "content/over/visie.md:4:1: warning: onbekende sleutel 'colour'",
        });
}

TEST_CASE("a value of the wrong type is an error at the value", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", R"(---
title: [Onze, visie]
weight: zwaar
review: 1 maart 2027
tags: {a: b}
---
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics ==
        Lines{
            "content/over/visie.md:2:8: error: 'title' moet tekst zijn",
            "content/over/visie.md:3:9: error: 'weight' moet een heel getal zijn",
            "content/over/visie.md:4:9: error: 'review' moet een datum zijn, geschreven als JJJJ-MM-DD",
            "content/over/visie.md:5:7: error: 'tags' moet een lijst van teksten zijn",
        });
}

TEST_CASE("a date that does not exist on the calendar is refused", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\nreview: 2027-13-01\n---\n");
  CHECK(loaded.diagnostics ==
        Lines{"content/over/visie.md:3:9: error: 'review' moet een datum zijn, geschreven als JJJJ-MM-DD"});
}

TEST_CASE("an unknown page type is an error that lists the types", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\ntype: prosess\n---\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics ==
        Lines{"content/over/visie.md:3:7: error: onbekend paginatype 'prosess'; kies proces, gespreksformat, "
              "competentieprofiel, begrip, casus, trainingsmap of pagina"});
  CHECK(loaded.page->type == PageType::kPlain);
}

TEST_CASE("an unknown organisation is an error at its list item with a suggestion", "[load][page_loader]") {
  const Loaded list = load("content/over/visie.md", "---\ntitle: Visie\norganisations: [buch, halte-wrek]\n---\n");
  CHECK(list.diagnostics == Lines{"content/over/visie.md:3:23: error: onbekende organisatie 'halte-wrek'; bedoelde "
                                  "je 'halte-werk'?"});
  const Loaded single = load("content/over/visie.md", "---\ntitle: Visie\norganisations: gemeente-x\n---\n");
  CHECK(single.diagnostics == Lines{"content/over/visie.md:3:16: error: onbekende organisatie 'gemeente-x'"});
}

TEST_CASE("a file that is not valid UTF-8 is an error at the line of the bad byte", "[load][page_loader][utf8]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\n---\nCaf\xE9 en thee.\n");
  CHECK_FALSE(loaded.page);
  CHECK(loaded.diagnostics ==
        Lines{"content/over/visie.md:4: error: het bestand is geen geldige UTF-8; sla het op als UTF-8"});
}

TEST_CASE("invalid YAML is an error at its line in the file", "[load][page_loader][yaml]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\ntags: [a, b\nweight: 3\n---\nTekst\n");
  CHECK_FALSE(loaded.page);
  // yaml-cpp notices the missing ']' at the ':' of the next key.
  CHECK(loaded.diagnostics == Lines{"content/over/visie.md:4:7: error: ongeldige YAML: een [ wordt niet gesloten met ] "
                                    "(end of sequence flow not found)"});
}

TEST_CASE("a tab used for indentation is invalid YAML at its line", "[load][page_loader][yaml]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\ntags:\n\t- a\n---\n");
  CHECK_FALSE(loaded.page);
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].rfind("content/over/visie.md:4:", 0) == 0);
  CHECK(loaded.diagnostics[0].find(": error: ongeldige YAML: ") != std::string::npos);
}

TEST_CASE("front matter that is not a mapping is an error", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "---\n- title\n- Visie\n---\n");
  CHECK_FALSE(loaded.page);
  CHECK(loaded.diagnostics == Lines{"content/over/visie.md:2:1: error: de front matter moet bestaan uit sleutels met "
                                    "een waarde (sleutel: waarde)"});
}

TEST_CASE("a file without front matter is all body", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "# Visie\n\nTekst.\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.page->body == "# Visie\n\nTekst.\n");
  CHECK(loaded.page->title == "Visie");
}

TEST_CASE("links and headings of the body carry their line in the file", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md",
                             "---\ntitle: Visie\nsummary: Kort.\n---\n# Kop\n\nZie [pip](../begrippen/pip.md).\n");
  REQUIRE(loaded.page);
  REQUIRE(loaded.page->outline.links.size() == 1);
  CHECK(loaded.page->outline.links[0].href == "../begrippen/pip.md");
  CHECK(loaded.page->outline.links[0].line == 7);
  CHECK(loaded.page->outline.links[0].column == 5);
  REQUIRE(loaded.page->outline.headings.size() == 1);
  CHECK(loaded.page->outline.headings[0].line == 5);
  CHECK(loaded.page->outline.headings[0].anchor == "kop");
}

TEST_CASE("raw HTML with a script is one warning naming what is left out", "[load][page_loader][html]") {
  const Loaded loaded = load("content/over/visie.md", R"md(---
title: Visie
---
Tekst.

<script>alert('x')</script>

Klik <a href="#" onclick="steel()">hier</a> of <iframe src="https://x.example"></iframe>.

Een [link](javascript:alert(1)) is geen HTML.
)md");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics ==
        Lines{
            "content/over/visie.md:6:1: warning: HTML in de tekst: <iframe> (getoond als link), <script> en "
            "onclick-attributen weggelaten; de rest wordt getoond",
        });
}

TEST_CASE("harmless raw HTML is no finding, and its links are checked like Markdown's", "[load][page_loader][html]") {
  const Loaded loaded = load("content/over/visie.md",
                             "---\ntitle: Visie\n---\nEen <b>vet</b> woord, <a href=\"doel.md\">een link</a>.\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.page->outline.links.size() == 1);
  CHECK(loaded.page->outline.links[0].href == "doel.md");
}

TEST_CASE("a lokaal block must name an organisation of site.yaml", "[load][page_loader][lokaal]") {
  const Loaded loaded = load("content/over/visie.md", R"(---
title: Visie
---
```lokaal buch
Bij BUCH gaat het zo.
```

```lokaal buhc
Typfout.
```

```lokaal
Geen organisatie.
```
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics ==
        Lines{
            "content/over/visie.md:8:1: error: onbekende organisatie 'buhc' in een lokaal-blok; bedoelde je 'buch'?",
            "content/over/visie.md:12:1: error: een lokaal-blok heeft een organisatie-id nodig: ```lokaal ID",
        });
}

TEST_CASE("a heading never takes the anchor of a step", "[load][page_loader]") {
  const Loaded loaded = load("content/processen/route.md", R"(---
title: Route
steps:
  - id: intake
    title: Intake
---
## Stap intake

## Stap intake
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.page->outline.headings.size() == 2);
  CHECK(loaded.page->outline.headings[0].anchor == "stap-intake-2");
  CHECK(loaded.page->outline.headings[1].anchor == "stap-intake-3");
}

TEST_CASE("a page without front matter is a pagina titled by its first level-1 heading", "[load][page_loader][byo]") {
  const Loaded loaded =
      load("content/werk/aanvraag.md", "[terug](../README.md)\n\n## Eerst\n\n# Aanvraag uitkering\n\nTekst.\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.page->type == PageType::kPlain);
  CHECK(loaded.page->title == "Aanvraag uitkering");
  REQUIRE(loaded.page->title_heading);
  CHECK(*loaded.page->title_heading == 1);  // the H2 before it is not a title
  CHECK(loaded.page->body_line == 1);
  CHECK(loaded.page->outline.links.at(0).line == 1);
}

TEST_CASE("without front matter or heading the file name is the title", "[load][page_loader][byo]") {
  CHECK(load("content/werk/aanvraag-bijzondere_bijstand.md", "Tekst.\n").page->title == "Aanvraag bijzondere bijstand");
  CHECK(load("content/werk-instructies/README.md", "Tekst.\n").page->title == "Werk instructies");
  CHECK(load("content/index.md", "Tekst.\n").page->title == "Test");  // the home page: the site's title
  // The folder still gives the type.
  CHECK(load("content/begrippen/pip.md", "Tekst.\n").page->type == PageType::kTerm);
}

TEST_CASE("a title in the front matter wins and the heading stays in the body", "[load][page_loader][byo]") {
  const Loaded loaded = load("content/over/x.md", "---\ntitle: Echte titel\n---\n# Kop\n");
  REQUIRE(loaded.page);
  CHECK(loaded.page->title == "Echte titel");
  CHECK_FALSE(loaded.page->title_heading);
}

TEST_CASE("index.md and README.md are section pages by default", "[load][page_loader][byo]") {
  CHECK(load("content/over/index.md", "# Over\n").page->is_section_index);
  CHECK(load("content/over/README.md", "# Over\n").page->is_section_index);
  CHECK_FALSE(load("content/over/readme.md", "# Over\n").page->is_section_index);
}

TEST_CASE("empty front matter is a page without keys", "[load][page_loader]") {
  const Loaded loaded = load("content/over/visie.md", "---\n---\n\n# Visie\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.page->title == "Visie");
}
