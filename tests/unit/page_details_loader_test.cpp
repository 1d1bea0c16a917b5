// load/page_details_loader: the front matter of each page type — proces,
// gespreksformat, competentieprofiel, begrip, pagina — and its validation,
// every problem at its line and column in the file.
#include "load/page_details_loader.h"

#include <catch2/catch.hpp>

#include "load/page_loader.h"
#include "model_fixture.h"

using handboek::base::Diagnostics;
using handboek::base::SitePath;
using namespace handboek::load;

namespace {

struct Loaded {
  std::optional<Page> page;
  std::vector<std::string> diagnostics;
};

Loaded load(std::string_view path, std::string_view text) {
  handboek::config::SiteConfig config;
  config.title = "Test";
  Diagnostics diagnostics;
  auto page = load_page(*SitePath::parse(path), std::string(text), config, diagnostics);
  return {std::move(page), handboek::testing::formatted(diagnostics)};
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a proces reads its principles and every field of its steps", "[load][page_details][proces]") {
  const Loaded loaded = load("content/processen/route.md", R"(---
title: Route
principles:
  - De klant staat centraal.
steps:
  - id: kennismaking
    title: Kennismaking
    role: Klantmanager
    organisation: Team
    termijn: binnen 5 werkdagen
    description: Je legt uit wat de route is.
    instruments: [Gesprek, Folder]
    form: plan-van-aanpak
    competencies: [luisteren, samenvatten]
    outcome: De klant weet waar hij staat.
    alternatives:
      - label: Route zorg
        description: Naar het wijkteam.
---
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  const auto& process = std::get<Process>(loaded.page->details);
  CHECK(process.principles == Lines{"De klant staat centraal."});
  REQUIRE(process.steps.size() == 1);
  const ProcessStep& step = process.steps[0];
  CHECK(step.id == "kennismaking");
  CHECK(step.pos.line == 6);
  CHECK(step.title == "Kennismaking");
  CHECK(step.role == "Klantmanager");
  CHECK(step.organisation == "Team");
  CHECK(step.termijn == "binnen 5 werkdagen");
  CHECK(step.description.text == "Je legt uit wat de route is.");
  CHECK(step.instruments == Lines{"Gesprek", "Folder"});
  REQUIRE(step.form);
  CHECK(step.form->id == "plan-van-aanpak");
  CHECK(step.form->pos.line == 13);
  CHECK(step.form->pos.column == 11);
  REQUIRE(step.competencies.size() == 2);
  CHECK(step.competencies[1].id == "samenvatten");
  CHECK(step.competencies[1].pos.line == 14);
  CHECK(step.competencies[1].pos.column == 31);
  CHECK(step.outcome == "De klant weet waar hij staat.");
  REQUIRE(step.alternatives.size() == 1);
  CHECK(step.alternatives[0].label == "Route zorg");
  CHECK(step.alternatives[0].description.text == "Naar het wijkteam.");
}

TEST_CASE("a proces needs a list of at least one step", "[load][page_details][proces]") {
  CHECK(load("content/processen/route.md", "---\ntitle: Route\n---\n").diagnostics ==
        Lines{"content/processen/route.md:2:1: error: de verplichte sleutel 'steps' ontbreekt"});
  CHECK(load("content/processen/route.md", "---\ntitle: Route\nsteps: []\n---\n").diagnostics ==
        Lines{"content/processen/route.md:3:8: error: een proces heeft minstens een stap nodig"});
  CHECK(load("content/processen/route.md", "---\ntitle: Route\nsteps: kennismaking\n---\n").diagnostics ==
        Lines{"content/processen/route.md:3:8: error: 'steps' moet een lijst zijn"});
}

TEST_CASE("step ids must be lowercase and unique in the page", "[load][page_details][proces]") {
  const Loaded loaded = load("content/processen/route.md", R"(---
title: Route
steps:
  - id: Intake
    title: Intake
  - id: plan
    title: Plan
  - id: plan
    title: Nog een plan
  - title: Zonder id
  - gewoon tekst
---
)");
  CHECK(
      loaded.diagnostics ==
      Lines{
          "content/processen/route.md:4:9: error: stap-id 'Intake' mag alleen kleine "
          "letters, cijfers en '-' bevatten",
          "content/processen/route.md:8:9: error: stap-id 'plan' komt twee keer voor in deze pagina",
          "content/processen/route.md:10:5: error: de verplichte sleutel 'id' ontbreekt",
          "content/processen/route.md:11:5: error: een stap moet bestaan uit sleutels met een waarde (sleutel: waarde)",
      });
}

TEST_CASE("a step needs a title and unknown step keys are warnings", "[load][page_details][proces]") {
  const Loaded loaded = load("content/processen/route.md", R"(---
title: Route
steps:
  - id: intake
    termin: morgen
---
)");
  CHECK(loaded.diagnostics == Lines{
                                  "content/processen/route.md:4:5: error: de verplichte sleutel 'title' ontbreekt",
                                  "content/processen/route.md:5:5: warning: onbekende sleutel 'termin'; bedoelde je "
                                  "'termijn'?",
                              });
  CHECK(std::get<Process>(loaded.page->details).steps[0].title == "intake");
}

TEST_CASE("competencies of a step must be ids", "[load][page_details][proces]") {
  const Loaded loaded = load("content/processen/route.md", R"(---
title: Route
steps:
  - id: intake
    title: Intake
    competencies: [luisteren, {naam: x}]
---
)");
  CHECK(loaded.diagnostics ==
        Lines{"content/processen/route.md:6:31: error: de items van 'competencies' moeten id's zijn"});
}

TEST_CASE("links in a step description point at their place in the file", "[load][page_details][proces]") {
  const Loaded loaded = load("content/processen/route.md", R"(---
title: Route
steps:
  - id: een
    title: Een
    description: Zie [pip](../begrippen/pip.md) hier.
  - id: twee
    title: Twee
    description: >-
      Eerste regel en
      dan [plan](../begrippen/plan.md) in de tweede.
  - id: drie
    title: Drie
    description: |
      Eerste regel.
      Tweede [wet](../begrippen/wet.md) regel.
    alternatives:
      - label: Anders
        description: >
          Via [zorg](zorg.md).
---
)");
  REQUIRE(loaded.page);
  const auto& steps = std::get<Process>(loaded.page->details).steps;
  auto position = [](const InlineMarkdown& markdown) {
    REQUIRE(markdown.outline.links.size() == 1);
    return std::to_string(markdown.outline.links[0].line) + ":" + std::to_string(markdown.outline.links[0].column);
  };
  CHECK(position(steps[0].description) == "6:22");
  CHECK(position(steps[1].description) == "11:11");
  CHECK(position(steps[2].description) == "16:14");
  CHECK(position(steps[2].alternatives[0].description) == "20:15");
}

TEST_CASE("a gespreksformat reads its purpose attitude and themes", "[load][page_details][gespreksformat]") {
  const Loaded loaded = load("content/gespreksformats/werk.md", R"(---
title: Werk
purpose: Zicht op *werk*.
duration: 45 minuten
attitude: Nieuwsgierig.
themes:
  - title: Ervaring
    questions:
      - Wat heeft u gedaan?
      - Wat ging goed?
---
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  const auto& format = std::get<InterviewFormat>(loaded.page->details);
  CHECK(format.purpose.text == "Zicht op *werk*.");
  CHECK(format.duration == "45 minuten");
  CHECK(format.attitude.text == "Nieuwsgierig.");
  REQUIRE(format.themes.size() == 1);
  CHECK(format.themes[0].title == "Ervaring");
  CHECK(format.themes[0].questions == Lines{"Wat heeft u gedaan?", "Wat ging goed?"});
}

TEST_CASE("a gespreksformat needs themes and every theme needs questions", "[load][page_details][gespreksformat]") {
  CHECK(load("content/gespreksformats/werk.md", "---\ntitle: Werk\n---\n").diagnostics ==
        Lines{"content/gespreksformats/werk.md:2:1: error: de verplichte sleutel 'themes' ontbreekt"});
  const Loaded loaded = load("content/gespreksformats/werk.md", R"(---
title: Werk
themes:
  - title: Ervaring
  - questions: [Wat doet u]
    vragen: [Hoe gaat het]
---
)");
  CHECK(loaded.diagnostics ==
        Lines{
            "content/gespreksformats/werk.md:4:5: error: thema 'Ervaring' heeft geen vragen (questions)",
            "content/gespreksformats/werk.md:5:5: error: de verplichte sleutel 'title' ontbreekt",
            "content/gespreksformats/werk.md:6:5: warning: onbekende sleutel 'vragen'",
        });
}

TEST_CASE("a competentieprofiel reads its role task and competencies", "[load][page_details][competentieprofiel]") {
  const Loaded loaded = load("content/competenties/klantmanager.md", R"(---
title: Klantmanager
role: Klantmanager intake
task_description: Voert de *brede intake*.
competencies:
  - id: luisteren
    name: Luisteren
    definition: Hoort wat de klant bedoelt.
    indicators: [Vat samen, Vraagt door]
---
)");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  const auto& profile = std::get<CompetencyProfile>(loaded.page->details);
  CHECK(profile.role == "Klantmanager intake");
  CHECK(profile.task_description.text == "Voert de *brede intake*.");
  REQUIRE(profile.competencies.size() == 1);
  CHECK(profile.competencies[0].id == "luisteren");
  CHECK(profile.competencies[0].pos.line == 6);
  CHECK(profile.competencies[0].name == "Luisteren");
  CHECK(profile.competencies[0].definition == "Hoort wat de klant bedoelt.");
  CHECK(profile.competencies[0].indicators == Lines{"Vat samen", "Vraagt door"});
}

TEST_CASE("a competency needs an id a name and a definition", "[load][page_details][competentieprofiel]") {
  CHECK(load("content/competenties/k.md", "---\ntitle: K\n---\n").diagnostics ==
        Lines{"content/competenties/k.md:2:1: error: de verplichte sleutel 'competencies' ontbreekt"});
  const Loaded loaded = load("content/competenties/k.md", R"(---
title: K
competencies:
  - id: luisteren
    name: Luisteren
  - id: Luisteren_goed
    name: Goed luisteren
    definition: Hoort alles.
  - id: luisteren
    name: Nog eens
    definition: Dubbel.
    indicator: [x]
---
)");
  CHECK(loaded.diagnostics ==
        Lines{
            "content/competenties/k.md:4:5: error: de verplichte sleutel 'definition' ontbreekt",
            "content/competenties/k.md:6:9: error: competentie-id 'Luisteren_goed' mag alleen kleine letters, "
            "cijfers en '-' bevatten",
            "content/competenties/k.md:9:9: error: competentie-id 'luisteren' komt twee keer voor in deze pagina",
            "content/competenties/k.md:12:5: warning: onbekende sleutel 'indicator'; bedoelde je 'indicators'?",
        });
}

TEST_CASE("a begrip needs a definition and may have aliases", "[load][page_details][begrip]") {
  const Loaded loaded =
      load("content/begrippen/pip.md", "---\ntitle: PIP\naliases: Plan\ndefinition: Een plan.\n---\n");
  REQUIRE(loaded.page);
  CHECK(loaded.diagnostics.empty());
  const auto& term = std::get<GlossaryTerm>(loaded.page->details);
  CHECK(term.aliases == Lines{"Plan"});
  CHECK(term.definition == "Een plan.");
  CHECK(load("content/begrippen/pip.md", "---\ntitle: PIP\n---\nUitleg.\n").diagnostics ==
        Lines{"content/begrippen/pip.md:2:1: error: de verplichte sleutel 'definition' ontbreekt"});
}

TEST_CASE("a pagina has no details and the keys of other types are unknown on it", "[load][page_details][pagina]") {
  const Loaded loaded = load("content/over/visie.md", "---\ntitle: Visie\ndefinition: x\nsteps: []\n---\n");
  REQUIRE(loaded.page);
  CHECK(std::holds_alternative<std::monostate>(loaded.page->details));
  CHECK(loaded.diagnostics == Lines{
                                  "content/over/visie.md:3:1: warning: onbekende sleutel 'definition'",
                                  "content/over/visie.md:4:1: warning: onbekende sleutel 'steps'",
                              });
}

TEST_CASE("each type accepts its own keys beyond the common ones", "[load][page_details]") {
  using Keys = std::vector<std::string_view>;
  CHECK(type_specific_keys(PageType::kProcess) == Keys{"principles", "steps"});
  CHECK(type_specific_keys(PageType::kInterviewFormat) == Keys{"purpose", "duration", "attitude", "themes"});
  CHECK(type_specific_keys(PageType::kCompetencyProfile) == Keys{"role", "task_description", "competencies"});
  CHECK(type_specific_keys(PageType::kTerm) == Keys{"aliases", "definition"});
  CHECK(type_specific_keys(PageType::kPlain).empty());
}
