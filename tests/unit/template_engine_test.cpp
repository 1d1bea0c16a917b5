// render/template_engine: the theme's Mustache templates, checked at load
// and rendered with empty strings counting as false.
#include "render/template_engine.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "source/working_tree_source.h"

using handboek::base::Diagnostics;
using handboek::render::kRequiredPartials;
using handboek::render::kRequiredTemplates;
using handboek::render::TemplateData;
using handboek::render::TemplateEngine;
using handboek::testing::formatted;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;

namespace {

// A theme "mini" with every required template, each printing its own name.
TempSite mini_theme() {
  TempSite site("", false);
  for (const char* const* name = kRequiredTemplates; *name; ++name) {
    site.write(std::string("themes/mini/templates/") + *name + ".mustache", *name);
  }
  for (const char* const* name = kRequiredPartials; *name; ++name) {
    site.write(std::string("themes/mini/templates/partials/") + *name + ".mustache", *name);
  }
  return site;
}

std::optional<TemplateEngine> load(const TempSite& site, Diagnostics& diagnostics) {
  const handboek::source::WorkingTreeSource source(site.root());
  return TemplateEngine::load(source, "mini", diagnostics);
}

}  // namespace

TEST_CASE("a theme with every required template loads", "[render][templates]") {
  const TempSite site = mini_theme();
  Diagnostics diagnostics;
  const auto engine = load(site, diagnostics);
  REQUIRE(engine);
  CHECK(diagnostics.empty());
  CHECK(engine->render("pagina", TemplateData{}) == "pagina");
}

TEST_CASE("an empty string is false in a section and a filled one true", "[render][templates]") {
  const TempSite site = mini_theme();
  site.write("themes/mini/templates/pagina.mustache",
             "{{#summary}}<p>{{summary}}</p>{{/summary}}{{^owner}}geen eigenaar{{/owner}}[{{owner}}]");
  Diagnostics diagnostics;
  const auto engine = load(site, diagnostics);
  REQUIRE(engine);
  TemplateData empty;
  empty.set("summary", "");
  empty.set("owner", "");
  CHECK(engine->render("pagina", empty) == "geen eigenaar[]");
  TemplateData filled;
  filled.set("summary", "Kort & goed");
  filled.set("owner", "Team");
  CHECK(engine->render("pagina", filled) == "<p>Kort &amp; goed</p>[Team]");
}

TEST_CASE("partials are included by name", "[render][templates]") {
  const TempSite site = mini_theme();
  site.write("themes/mini/templates/partials/kop.mustache", "<h1>{{title}}</h1>");
  site.write("themes/mini/templates/pagina.mustache", "{{> kop}}<p>tekst</p>");
  Diagnostics diagnostics;
  const auto engine = load(site, diagnostics);
  REQUIRE(engine);
  TemplateData data;
  data.set("title", "Visie");
  CHECK(engine->render("pagina", data) == "<h1>Visie</h1><p>tekst</p>");
}

TEST_CASE("a missing required template is an error naming the file", "[render][templates]") {
  const TempSite site = mini_theme();
  std::filesystem::remove(site.root() / "themes/mini/templates/proces.mustache");
  Diagnostics diagnostics;
  CHECK_FALSE(load(site, diagnostics));
  CHECK(formatted(diagnostics) == Lines{"themes/mini/templates/proces.mustache: error: het thema mist dit sjabloon"});
}

TEST_CASE("a template with a syntax error is an error naming the file", "[render][templates]") {
  const TempSite site = mini_theme();
  site.write("themes/mini/templates/pagina.mustache", "{{#summary}}niet gesloten");
  Diagnostics diagnostics;
  CHECK_FALSE(load(site, diagnostics));
  const auto lines = formatted(diagnostics);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("themes/mini/templates/pagina.mustache: error: ongeldig sjabloon (", 0) == 0);
}
