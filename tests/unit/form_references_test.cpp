// model/cross_references and model/link_resolver for forms: steps and
// ```form blocks that name a form, the steps a form belongs to (derived from
// the steps' `form:`), and links written in a form's Markdown.
#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::TempSite;

namespace {

constexpr std::string_view kForms = R"(
-- forms/plan-van-aanpak.yaml --
title: Plan van Aanpak
purpose: Hoort bij [Mens in beeld](../content/processen/route.md#stap-plan).
sections:
  - title: Afspraken
    fields:
      - id: afspraak
        type: long_text
        label: Afspraak
        help: Zie [de route](../content/processen/route.md).
-- content/processen/_index.md --
---
title: Processen
---
-- content/processen/route.md --
---
title: Route
steps:
  - id: intake
    title: Intake
  - id: plan
    title: Plan
    form: plan-van-aanpak
---
Tekst.
-- content/over/formulier.md --
---
title: Het formulier
---
Vul het hier in:

```form plan-van-aanpak
```
)";

}  // namespace

TEST_CASE("a form belongs to the steps that name it and is embedded by pages with a form block", "[model][forms]") {
  TempSite site(kMinimalSite);
  site.write_all(kForms);
  const auto fixture = load_fixture(site);
  CHECK(fixture.lines().empty());
  REQUIRE(fixture.site);
  const auto& model = fixture.model();
  const auto uses = model.form_uses.at("plan-van-aanpak");
  REQUIRE(uses.size() == 1);
  CHECK(uses[0].page == fixture.page_index("content/processen/route.md"));
  CHECK(uses[0].step == 1);
  CHECK(model.form_embeds.at("plan-van-aanpak") ==
        std::vector<size_t>{fixture.page_index("content/over/formulier.md")});
}

TEST_CASE("links in a form's Markdown resolve relative to the forms folder", "[model][forms]") {
  TempSite site(kMinimalSite);
  site.write_all(kForms);
  const auto fixture = load_fixture(site);
  REQUIRE(fixture.site);
  const auto& targets = fixture.model().form_link_targets.at("plan-van-aanpak");
  CHECK(targets.at("../content/processen/route.md#stap-plan") == "/processen/route/#stap-plan");
  CHECK(targets.at("../content/processen/route.md") == "/processen/route/");
}

TEST_CASE("a broken link in a form is an error in the form file", "[model][forms]") {
  TempSite site(kMinimalSite);
  site.write_all(kForms);
  site.write("forms/plan-van-aanpak.yaml", R"(title: Plan van Aanpak
purpose: Zie [de route](../content/processen/rout.md) en [hier](#boven).
sections:
  - title: A
    fields:
      - {id: a, type: date, label: A}
)");
  const auto fixture = load_fixture(site);
  CHECK(fixture.errors() == std::vector<std::string>{
                                "forms/plan-van-aanpak.yaml:2:14: error: link naar een pagina die niet bestaat: "
                                "'content/processen/rout.md'; bedoelde "
                                "je 'content/processen/route.md'?",
                                "forms/plan-van-aanpak.yaml:2:58: error: een formulier heeft geen ankers om naar te "
                                "linken; link naar een pagina",
                            });
}

TEST_CASE("a step naming a form that does not exist is an error at its form key", "[model][forms]") {
  TempSite site(kMinimalSite);
  site.write_all(kForms);
  site.write("content/processen/route.md", R"(---
title: Route
steps:
  - id: plan
    title: Plan
    form: plan-van-aanpk
---
)");
  const auto fixture = load_fixture(site);
  CHECK(fixture.errors() ==
        std::vector<std::string>{"content/processen/route.md:6:11: error: onbekend formulier 'plan-van-aanpk' (geen "
                                 "forms/plan-van-aanpk.yaml); bedoelde je 'plan-van-aanpak'?"});
}

TEST_CASE("a form block naming no form, an unknown form or a form placed before is an error", "[model][forms]") {
  TempSite site(kMinimalSite);
  site.write_all(kForms);
  site.write("content/over/formulier.md",
             "---\ntitle: Het formulier\n---\nTekst.\n\n```form pip\n```\n\n```form\n```\n\n"
             "```form plan-van-aanpak\n```\n\n```form plan-van-aanpak\n```\n");
  const auto fixture = load_fixture(site);
  CHECK(fixture.errors() ==
        std::vector<std::string>{
            "content/over/formulier.md:6:1: error: onbekend formulier 'pip' (geen forms/pip.yaml)",
            "content/over/formulier.md:9:1: error: een formulierblok heeft een formulier-id nodig: ```form ID",
            "content/over/formulier.md:15:1: error: formulier 'plan-van-aanpak' staat al op deze pagina; zet een "
            "formulier een keer op een pagina",
        });
}

TEST_CASE("a link on a later line of a folded help text is reported where it is written", "[model][forms]") {
  TempSite site(kMinimalSite);
  site.write_all(kForms);
  site.write("forms/plan-van-aanpak.yaml", R"(title: Plan van Aanpak
sections:
  - title: A
    fields:
      - id: a
        type: long_text
        label: A
        help: >-
          Eerste regel en
          een [kapotte link](nergens.yaml) hier.
)");
  const auto fixture = load_fixture(site);
  CHECK(fixture.errors() ==
        std::vector<std::string>{
            "forms/plan-van-aanpak.yaml:10:15: error: link naar een formulier dat niet bestaat: 'forms/nergens.yaml'"});
}
