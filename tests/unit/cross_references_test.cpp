// model/cross_references: competencies (both ways), forms named by steps and
// ```form blocks, and the glossary. Unknown ids are errors at the reference.
#include "model/cross_references.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;

namespace {

constexpr std::string_view kProfileAndForm = R"(
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
  - id: samenvatten
    name: Samenvatten
    definition: Vat samen.
---
-- forms/plan-van-aanpak.yaml --
title: Plan van aanpak
sections:
  - title: Afspraken
    fields:
      - id: doel
        type: long_text
        label: Doel
)";

TempSite site_with(std::string_view pages) {
  TempSite site(kMinimalSite);
  site.write_all(kProfileAndForm);
  site.write_all(pages);
  return site;
}

}  // namespace

TEST_CASE("a step that names a competency is listed under that competency", "[model][cross_references]") {
  const TempSite site = site_with(R"(
-- content/processen/intake.md --
---
title: Intake
steps:
  - id: een
    title: Een
    competencies: [luisteren]
  - id: twee
    title: Twee
    competencies: [luisteren, samenvatten]
    form: plan-van-aanpak
---
)");
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(loaded.errors().empty());
  const auto& model = loaded.model();
  const size_t intake = loaded.page_index("content/processen/intake.md");
  REQUIRE(model.competencies.count("luisteren"));
  CHECK(model.competencies.at("luisteren").page == loaded.page_index("content/competenties/klantmanager.md"));
  CHECK(model.competencies.at("samenvatten").competency == 1);
  REQUIRE(model.competency_uses.at("luisteren").size() == 2);
  CHECK(model.competency_uses.at("luisteren")[0].page == intake);
  CHECK(model.competency_uses.at("luisteren")[1].step == 1);
  REQUIRE(model.form_uses.at("plan-van-aanpak").size() == 1);
  CHECK(model.form_uses.at("plan-van-aanpak")[0].step == 1);
}

TEST_CASE("an unknown competency is an error at the reference with a suggestion", "[model][cross_references]") {
  const TempSite site = site_with(R"(
-- content/processen/intake.md --
---
title: Intake
steps:
  - id: een
    title: Een
    competencies: [luisteren, samenvaten, onderhandelen]
---
)");
  CHECK(load_fixture(site).errors() ==
        Lines{
            "content/processen/intake.md:6:31: error: onbekende competentie 'samenvaten'; bedoelde je 'samenvatten'?",
            "content/processen/intake.md:6:43: error: onbekende competentie 'onderhandelen'",
        });
}

TEST_CASE("a competency id may be defined only once in the whole site", "[model][cross_references]") {
  const TempSite site = site_with(R"(
-- content/competenties/jobhunter.md --
---
title: Jobhunter
competencies:
  - id: werkgevers
    name: Werkgevers kennen
    definition: Kent de markt.
  - id: luisteren
    name: Luisteren
    definition: Ook hier.
---
)");
  CHECK(load_fixture(site).errors() ==
        Lines{"content/competenties/klantmanager.md:4:5: error: competentie-id 'luisteren' bestaat al in "
              "content/competenties/jobhunter.md"});
}

TEST_CASE("an unknown form named by a step is an error with a suggestion", "[model][cross_references][forms]") {
  const TempSite site = site_with(R"(
-- content/processen/intake.md --
---
title: Intake
steps:
  - id: een
    title: Een
    form: plan-van-aanpk
---
)");
  CHECK(load_fixture(site).errors() ==
        Lines{"content/processen/intake.md:6:11: error: onbekend formulier 'plan-van-aanpk' (geen "
              "forms/plan-van-aanpk.yaml); bedoelde je 'plan-van-aanpak'?"});
}

TEST_CASE("a form block naming an unknown form is an error at the block", "[model][cross_references][forms]") {
  const TempSite site = site_with(R"(
-- content/over/visie.md --
---
title: Visie
---
Vul dit in:

```form plan-van-aanpak
```

```form evaluatie
```
)");
  CHECK(load_fixture(site).errors() ==
        Lines{"content/over/visie.md:9:1: error: onbekend formulier 'evaluatie' (geen forms/evaluatie.yaml)"});
}

TEST_CASE("the glossary lists terms A to Z ignoring case and accents", "[model][cross_references][glossary]") {
  const TempSite site = site_with(R"(
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/zrm.md --
---
title: ZRM
definition: Zelfredzaamheidsmatrix.
---
-- content/begrippen/een-gezin-een-plan.md --
---
title: Één gezin, één plan
definition: Eén plan.
---
-- content/begrippen/doelgroep.md --
---
title: doelgroep
definition: Wie.
---
-- content/begrippen/eigen-kracht.md --
---
title: Eigen kracht
definition: Wat iemand zelf kan.
---
)");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors().empty());
  std::vector<std::string> glossary;
  for (const size_t index : loaded.model().glossary) glossary.push_back(loaded.model().pages[index].page.title);
  CHECK(glossary == Lines{"doelgroep", "Één gezin, één plan", "Eigen kracht", "ZRM"});
  REQUIRE(loaded.model().glossary_page());
  CHECK(loaded.model().glossary_page()->page.path.str() == "content/begrippen/_index.md");
}

TEST_CASE("a begrip in a folder without a section page is listed on the generated one",
          "[model][cross_references][glossary]") {
  const TempSite site = site_with(R"(
-- content/over/pip.md --
---
title: PIP
type: begrip
definition: Een plan.
---
)");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors().empty());
  REQUIRE(loaded.model().glossary_page());
  CHECK(loaded.model().glossary_page()->page.is_generated);
  CHECK(loaded.page("content/over/pip.md").url == "/over/#pip");
}
