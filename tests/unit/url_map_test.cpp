// model/url_map: content paths → pretty URLs, and site URLs → links relative
// to the page that holds them.
#include "model/url_map.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

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
        Lines{"content/visie/_index.md: error: 'visie/index.html' is also produced by content/visie.md; rename one "
              "of the two files"});
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
  CHECK(load_fixture(site).errors() ==
        Lines{"content/formulieren/pip/index.html: error: 'formulieren/pip/index.html' is "
              "made by handboek itself; a file in content/ cannot replace it"});
}
