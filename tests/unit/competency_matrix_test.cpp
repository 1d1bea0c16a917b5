// render/competency_matrix: the table of process steps × competency profiles
// on the competency section page, as a view model and as the HTML the default
// theme writes from it, on the fixture site tests/fixtures/sites/basic
// (profile Klantmanager with `luisteren`, asked by Intake's first step and
// Nazorg's only step).
#include "render/competency_matrix.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using Catch::Matchers::Contains;
using handboek::render::competency_matrix_view;
using handboek::render::is_competency_section;
using handboek::render::TemplateData;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;

namespace {

const TemplateData& key(const TemplateData& data, const std::string& name) {
  const TemplateData* value = data.get(name);
  if (!value) throw std::runtime_error("no key " + name);
  return *value;
}

const std::string& str(const TemplateData& data, const std::string& name) {
  return key(data, name).string_value();
}

const kainjow::mustache::list& list(const TemplateData& data, const std::string& name) {
  return key(data, name).list_value();
}

}  // namespace

TEST_CASE("competency matrix: a row per step under its process, a column per profile, cells link to the step") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.errors().empty());
  const auto matrix = competency_matrix_view(loaded.model(), "/competenties/");
  REQUIRE(matrix);

  const auto& profiles = list(*matrix, "profiles");
  REQUIRE(profiles.size() == 1);
  CHECK(str(profiles[0], "title") == "Klantmanager");
  CHECK(str(profiles[0], "url") == "klantmanager/");
  CHECK(str(*matrix, "columns") == "2");

  const auto& processes = list(*matrix, "processes");
  REQUIRE(processes.size() == 2);
  CHECK(str(processes[0], "title") == "Intake");
  CHECK(str(processes[0], "url") == "../processen/intake/");
  CHECK(str(processes[1], "title") == "Nazorg");

  // Intake: both steps are rows (the route stays whole); only the first asks.
  const auto& intake = list(processes[0], "steps");
  REQUIRE(intake.size() == 2);
  CHECK(str(intake[0], "number") == "1");
  CHECK(str(intake[0], "title") == "Aanmelding");
  CHECK(str(intake[0], "url") == "../processen/intake/#stap-aanmelding");
  const auto& asked = list(list(intake[0], "cells")[0], "competencies");
  REQUIRE(asked.size() == 1);
  CHECK(str(asked[0], "name") == "Actief luisteren");
  CHECK(str(asked[0], "url") == "../processen/intake/#stap-aanmelding");
  CHECK(list(list(intake[1], "cells")[0], "competencies").empty());
  CHECK(key(list(intake[1], "cells")[0], "has_competencies").is_false());

  const auto& nazorg = list(processes[1], "steps");
  REQUIRE(nazorg.size() == 1);
  CHECK(str(list(list(nazorg[0], "cells")[0], "competencies")[0], "url") == "../processen/nazorg/#stap-evaluatie");
}

TEST_CASE("competency matrix: only on the competency section page, in the HTML the theme writes") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.errors().empty());
  const auto& model = loaded.model();
  const auto& competencies = loaded.page("content/competenties/_index.md");
  const auto& processes = loaded.page("content/processen/_index.md");
  CHECK(is_competency_section(model, model.sections[competencies.section]));
  CHECK_FALSE(is_competency_section(model, model.sections[processes.section]));

  const auto matrix = competency_matrix_view(model, "/competenties/");
  REQUIRE(matrix);
  TemplateData page;
  page.set("competency_matrix", *matrix);
  const std::string html = loaded.templates().render("sectie", page);
  CHECK_THAT(html, Contains(R"(<table class="matrix">)"));
  CHECK_THAT(html, Contains(R"(<th scope="col"><a href="klantmanager/">Klantmanager</a></th>)"));
  CHECK_THAT(html, Contains(R"(<th scope="rowgroup" colspan="2"><a href="../processen/intake/">Intake</a></th>)"));
  CHECK_THAT(
      html,
      Contains(R"(<a href="../processen/intake/#stap-aanmelding" data-competentie="luisteren">Actief luisteren</a>)"));
  CHECK_THAT(
      html,
      Contains(R"(<a href="../processen/nazorg/#stap-evaluatie" data-competentie="luisteren">Actief luisteren</a>)"));
}

TEST_CASE("competency matrix: none without a step that asks for a competency") {
  TempSite site(handboek::testing::kMinimalSite);
  site.write_all(R"(
-- content/competenties/_index.md --
---
title: Competenties
---
-- content/competenties/klantmanager.md --
---
title: Klantmanager
competencies:
  - id: luisteren
    name: Luisteren
    definition: Hoort wat de klant bedoelt.
---
)");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.errors().empty());
  CHECK_FALSE(competency_matrix_view(loaded.model(), "/competenties/"));
}
