// model/url_map: content paths → pretty URLs, and site URLs → links relative
// to the page that holds them.
#include "model/url_map.h"

#include <catch2/catch.hpp>
#include <map>

#include "html_scan.h"
#include "model_fixture.h"
#include "render/page_renderer.h"

namespace render = handboek::render;
using handboek::base::SitePath;
using handboek::model::page_url;
using handboek::model::relative_url;
using handboek::model::static_file_url;
using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;

TEST_CASE("a page URL follows its path without the extension", "[model][url_map]") {
  CHECK(page_url(*SitePath::parse("content/processen/mens-in-beeld.md")) == "/processen/mens-in-beeld/");
  CHECK(page_url(*SitePath::parse("content/processen/_index.md")) == "/processen/");
  CHECK(page_url(*SitePath::parse("content/_index.md")) == "/");
  CHECK(page_url(*SitePath::parse("content/over.md")) == "/over/");
  CHECK(page_url(*SitePath::parse("content/a/b/c.md")) == "/a/b/c/");
}

TEST_CASE("a static file keeps its place below content", "[model][url_map]") {
  CHECK(static_file_url(*SitePath::parse("content/over/afbeeldingen/schema.svg")) == "/over/afbeeldingen/schema.svg");
}

TEST_CASE("relative_url climbs out of the folders the two URLs do not share", "[model][url_map]") {
  CHECK(relative_url("/a/b/", "/c/") == "../../c/");
  CHECK(relative_url("/processen/intake/", "/processen/nazorg/") == "../nazorg/");
  CHECK(relative_url("/processen/intake/", "/processen/intake/#stap-plan") == "#stap-plan");
  CHECK(relative_url("/processen/intake/", "/processen/intake/") == "./");
  CHECK(relative_url("/", "/processen/") == "processen/");
  CHECK(relative_url("/processen/", "/") == "../");
  CHECK(relative_url("/", "/") == "./");
  CHECK(relative_url("/processen/", "/begrippen/#pip") == "../begrippen/#pip");
  CHECK(relative_url("/over/visie/", "/assets/handboek.0123456789.css") == "../../assets/handboek.0123456789.css");
}

TEST_CASE("relative_url leaves external and already relative URLs alone", "[model][url_map]") {
  CHECK(relative_url("/a/", "https://example.nl/x/") == "https://example.nl/x/");
  CHECK(relative_url("/a/", "mailto:info@example.nl") == "mailto:info@example.nl");
  CHECK(relative_url("/a/", "../b/") == "../b/");
  CHECK(relative_url("/a/", "").empty());
}

TEST_CASE("relative_url compares whole folder names", "[model][url_map]") {
  CHECK(relative_url("/proces/", "/processen/") == "../processen/");
}

TEST_CASE("the generated pages of a version live under its prefix", "[model][url_map]") {
  namespace model = handboek::model;
  const std::string older = model::release_prefix("2019.2");
  CHECK(older == "/versies/2019.2/");
  CHECK(model::forms_index_url(older) == "/versies/2019.2/formulieren/");
  CHECK(model::form_url("/", "pip") == "/formulieren/pip/");
  CHECK(model::form_schema_url(model::kConceptPrefix, "pip") == "/concept/formulieren/pip.schema.json");
  CHECK(model::search_url("/") == "/zoeken/");
  CHECK(model::changes_since_url("/", "2019.2") == "/wijzigingen/sinds-2019.2/");
  CHECK(model::section_print_url("/processen/") == "/processen/afdrukken/");
  CHECK(model::step_url("/processen/x/", "intake") == "/processen/x/#stap-intake");
  CHECK(model::competency_url("/competenties/p/", "luisteren") == "/competenties/p/#competentie-luisteren");
}

TEST_CASE("every page gets a URL and an output file except glossary terms", "[model][url_map]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/pip.md --
---
title: PIP
definition: Een plan.
---
-- content/over/visie.md --
---
title: Visie
---
)");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(loaded.errors().empty());
  CHECK(loaded.page("content/_index.md").output_path == "index.html");
  CHECK(loaded.page("content/over/visie.md").url == "/over/visie/");
  CHECK(loaded.page("content/over/visie.md").output_path == "over/visie/index.html");
  CHECK(loaded.page("content/begrippen/pip.md").url == "/begrippen/#pip");
  CHECK(loaded.page("content/begrippen/pip.md").output_path.empty());
}

TEST_CASE("two files that claim one URL are an error naming both", "[model][url_map]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- content/visie.md --
---
title: Visie
---
-- content/visie/_index.md --
---
title: Visie als sectie
---
)");
  CHECK(load_fixture(site).errors() ==
        Lines{"content/visie/_index.md: error: 'visie/index.html' wordt ook gemaakt door content/visie.md; geef een "
              "van de twee bestanden een andere naam"});
}

TEST_CASE("a static file in the place of a form page is an error", "[model][url_map]") {
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- site.yaml --
title: Testhandboek
static_files:
  allow: [html]
-- content/formulieren/pip/index.html --
<p>oud</p>
-- forms/pip.yaml --
title: PIP
sections:
  - title: Deel
    fields:
      - id: doel
        type: short_text
        label: Doel
)");
  CHECK(load_fixture(site).errors() == Lines{"content/formulieren/pip/index.html: error: 'formulieren/pip/index.html' "
                                             "maakt handboek zelf; een bestand in content/ kan het niet vervangen"});
}

TEST_CASE("every id on the glossary page is unique", "[model][url_map][glossary]") {
  // A term named like an id of the layout (inhoud), like another term in a
  // subfolder (pip; the one above keeps its name), like a letter of the
  // index (letter-B); the page's own headings named like terms.
  TempSite site(kMinimalSite);
  site.write_all(R"(
-- content/begrippen/_index.md --
---
title: Begrippen
---
## PIP

## Inhoud

Zie [inhoud](inhoud.md) en [het andere PIP](oud/pip.md).
-- content/begrippen/pip.md --
---
title: PIP
definition: Een plan.
---
-- content/begrippen/inhoud.md --
---
title: Inhoud
definition: Wat erin staat.
---
-- content/begrippen/letter-B.md --
---
title: Bijstand
definition: Een uitkering.
---
-- content/begrippen/oud/_index.md --
---
title: Oude begrippen
---
-- content/begrippen/oud/pip.md --
---
title: PIP (oud)
definition: Het oude plan.
---
)");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(loaded.errors().empty());
  CHECK(loaded.page("content/begrippen/pip.md").url == "/begrippen/#pip");
  CHECK(loaded.page("content/begrippen/inhoud.md").url == "/begrippen/#inhoud-2");
  CHECK(loaded.page("content/begrippen/letter-B.md").url == "/begrippen/#letter-B-2");
  CHECK(loaded.page("content/begrippen/oud/pip.md").url == "/begrippen/oud/#pip-2");
  const auto& glossary = loaded.page("content/begrippen/_index.md");
  CHECK(glossary.page.outline.headings[0].anchor == "pip-3");
  CHECK(glossary.page.outline.headings[1].anchor == "inhoud-3");
  CHECK(glossary.link_targets.at("inhoud.md") == "/begrippen/#inhoud-2");

  const render::PageRenderer renderer(loaded.model(), loaded.templates(), loaded.site->theme.assets, false);
  const std::string html = renderer.render_page(loaded.page_index("content/begrippen/_index.md"));
  std::map<std::string, int> ids;
  for (const std::string& id : handboek::testing::attribute_values(html, "id")) ++ids[id];
  for (const auto& [id, count] : ids) {
    INFO(id);
    CHECK(count == 1);
  }
  for (const char* id : {"pip", "pip-2", "pip-3", "inhoud", "inhoud-2", "inhoud-3", "letter-B", "letter-B-2"}) {
    INFO(id);
    CHECK(ids.count(id) == 1);
  }
}
