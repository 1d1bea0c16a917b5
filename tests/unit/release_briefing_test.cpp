// model/release_briefing and render/release_briefing: what a release changed
// for one organisation — pages in the order of the navigation, form fields
// compared by id, the organisation's own local blocks.
#include "model/release_briefing.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "render/release_briefing.h"

namespace handboek::testing {
namespace {

load::FormField field(const std::string& id, const std::string& label,
                      load::FieldType type = load::FieldType::kShortText) {
  load::FormField made;
  made.id = id;
  made.label = label;
  made.type = type;
  return made;
}

load::FormDefinition form_of(std::vector<load::FormField> fields) {
  load::FormDefinition form;
  form.id = "plan";
  load::FormSection section;
  section.title = "Plan";
  section.fields = std::move(fields);
  form.sections.push_back(std::move(section));
  return form;
}

std::vector<std::string> described(const std::vector<model::FieldChange>& changes) {
  std::vector<std::string> out;
  for (const model::FieldChange& change : changes) {
    std::string line = change.kind == model::FieldChange::Kind::kAdded     ? "+"
                       : change.kind == model::FieldChange::Kind::kRemoved ? "-"
                                                                           : "~";
    line += change.label;
    if (!change.old_label.empty()) line += " was " + change.old_label;
    if (change.type_changed) line += " type";
    if (change.required_changed) line += change.required ? " required" : " optional";
    if (change.options_changed) line += " options";
    if (change.help_changed) line += " help";
    out.push_back(line);
  }
  return out;
}

// Titles of the briefing's pages with their change.
std::vector<std::string> listed(const model::ReleaseBriefing& briefing) {
  std::vector<std::string> out;
  for (const model::BriefingPage& page : briefing.pages) {
    const char* change = page.change == model::BriefingChange::kAdded     ? "nieuw"
                         : page.change == model::BriefingChange::kRemoved ? "weg"
                         : page.change == model::BriefingChange::kRenamed ? "verplaatst"
                                                                          : "gewijzigd";
    out.push_back(page.ref.title + " " + change);
  }
  return out;
}

}  // namespace

TEST_CASE("form fields are compared by id: new, removed, relabelled, required, choices, help", "[model][briefing]") {
  load::FormField doel = field("doel", "Wat wil de klant bereiken?");
  load::FormField route = field("route", "Route", load::FieldType::kSingleChoice);
  route.options = {{"werk", "Werk"}, {"zorg", "Zorg"}};
  load::FormField naam = field("naam", "Naam");
  load::FormField oud = field("oud", "Oude vraag");
  load::FormField info = field("", "", load::FieldType::kInfo);
  info.text.text = "Lees dit eerst.";
  const load::FormDefinition older = form_of({info, doel, route, naam, oud});

  load::FormField doel_now = field("doel", "Wat wilt u bereiken?");
  load::FormField route_now = route;
  route_now.options.push_back({"dagbesteding", "Dagbesteding"});
  route_now.required = true;
  load::FormField naam_now = naam;
  naam_now.help.text = "Zoals in het paspoort.";
  load::FormField nieuw = field("woning", "Is er een woning in zicht?", load::FieldType::kYesNo);
  nieuw.required = true;
  load::FormField info_now = info;
  info_now.text.text = "Lees dit eerst goed.";  // info has no answer: not a question
  const load::FormDefinition newer = form_of({info_now, nieuw, doel_now, route_now, naam_now});

  CHECK(described(model::compare_form_fields(older, newer)) ==
        std::vector<std::string>{"+Is er een woning in zicht?", "~Wat wilt u bereiken? was Wat wil de klant bereiken?",
                                 "~Route required options", "~Naam help", "-Oude vraag"});
  CHECK(model::compare_form_fields(older, older).empty());
}

TEST_CASE("a briefing lists pages in the order of the navigation, removed pages last, forms by path",
          "[model][briefing]") {
  constexpr std::string_view kOlder = R"(
-- content/werkwijze/_index.md --
---
title: Werkwijze
weight: 1
---
-- content/werkwijze/a-intake.md --
---
title: Intake
weight: 2
---
Eerst.
-- content/werkwijze/b-nazorg.md --
---
title: Nazorg
weight: 1
---
Eerst.
-- content/werkwijze/vervalt.md --
---
title: Vervalt
---
Weg.
-- content/over/_index.md --
---
title: Over
weight: 2
---
-- content/over/visie.md --
---
title: Visie
---
Eerst.
-- forms/plan.yaml --
title: Plan
sections:
  - title: Plan
    fields:
      - id: doel
        type: short_text
        label: Doel
)";
  const TempSite old_site(std::string(kMinimalSite) + std::string(kOlder));
  const TempSite new_site(std::string(kMinimalSite) + std::string(kOlder));
  new_site.write("content/werkwijze/a-intake.md", "---\ntitle: Intake\nweight: 2\n---\nNu anders.\n");
  new_site.write("content/werkwijze/b-nazorg.md", "---\ntitle: Nazorg\nweight: 1\n---\nNu anders.\n");
  new_site.write("content/over/visie.md", "---\ntitle: Visie\n---\nNu anders.\n");
  new_site.write("content/over/nieuw.md", "---\ntitle: Nieuw\n---\nNieuw.\n");
  new_site.write("forms/plan.yaml",
                 "title: Plan\nsections:\n  - title: Plan\n    fields:\n      - id: doel\n        type: short_text\n"
                 "        label: Wat is uw doel?\n");
  fs::remove(new_site.root() / "content/werkwijze/vervalt.md");
  // Moved without a change: listed, but the change page has no diff of it.
  old_site.write("content/over/oud.md", "---\ntitle: Verhuisd\n---\nZelfde.\n");
  new_site.write("content/over/nieuwe-plek.md", "---\ntitle: Verhuisd\n---\nZelfde.\n");
  const LoadedFixture older = load_fixture(old_site);
  const LoadedFixture newer = load_fixture(new_site);
  REQUIRE(older.errors().empty());
  REQUIRE(newer.errors().empty());
  const model::ReleaseChanges changes = model::compare_releases(
      older.model(), newer.model(), {{"content/over/oud.md", "content/over/nieuwe-plek.md"}}, {"Nazorg herschreven"});
  const model::ReleaseBriefing briefing = model::brief_release(older.model(), newer.model(), changes);
  // Nazorg (weight 1) before Intake (weight 2), though its path sorts after;
  // Werkwijze (weight 1) before Over (weight 2); the page that went last.
  CHECK(listed(briefing) == std::vector<std::string>{"Nazorg gewijzigd", "Intake gewijzigd", "Nieuw nieuw",
                                                     "Verhuisd verplaatst", "Visie gewijzigd", "Vervalt weg"});
  // Only a page whose text changed has a diff on the change page.
  std::vector<bool> diffed;
  for (const model::BriefingPage& page : briefing.pages) diffed.push_back(page.diffed);
  CHECK(diffed == std::vector<bool>{true, true, false, false, true, false});
  REQUIRE(briefing.pages[0].group);
  CHECK(newer.model().pages[*newer.model().sections[*briefing.pages[0].group].index_page].page.title == "Werkwijze");
  REQUIRE(briefing.forms.size() == 1);
  CHECK(described(briefing.forms[0].fields) == std::vector<std::string>{"~Wat is uw doel? was Doel"});
  CHECK(briefing.notes == std::vector<std::string>{"Nazorg herschreven"});
}

TEST_CASE("an organisation's local blocks are read from the body and from the Markdown of the front matter",
          "[render][briefing]") {
  const TempSite site(std::string(kMinimalSite) + R"(
-- content/processen/_index.md --
---
title: Processen
---
-- content/processen/intake.md --
---
title: Intake
type: proces
steps:
  - id: gesprek
    title: Gesprek
    description: |
      Het gesprek.

      ```lokaal buch
      Bij de BUCH op het gemeentehuis.
      ```
---
Tekst.

```lokaal halte-werk
Bij Halte Werk in de wijk.
```

```lokaal buch
Bij de BUCH binnen een week.
```
)");
  const LoadedFixture loaded = load_fixture(site);
  REQUIRE(loaded.errors().empty());
  const load::Page& page = loaded.page("content/processen/intake.md").page;
  CHECK(render::local_block_texts(page, "buch") ==
        std::vector<std::string>{"Bij de BUCH binnen een week.\n", "Bij de BUCH op het gemeentehuis.\n"});
  CHECK(render::local_block_texts(page, "halte-werk") == std::vector<std::string>{"Bij Halte Werk in de wijk.\n"});
  CHECK(render::local_block_texts(page, "wnk").empty());
}

}  // namespace handboek::testing
