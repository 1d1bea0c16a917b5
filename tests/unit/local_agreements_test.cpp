// model::find_local_agreements without git: where each ```lokaal block is
// placed (a step of a process or a casus, a section, the page) and the
// stale rule on dates given per line.
#include "model/local_agreements.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

namespace handboek::testing {
namespace {

constexpr std::string_view kPages = R"(
-- content/processen/route.md --
---
title: Route
type: proces
steps:
  - id: aanmelden
    title: Aanmelden
    description: |
      De klant meldt zich.

      ```lokaal buch
      Bij BUCH via het wijkteam.
      ```
    alternatives:
      - label: Via de werkgever
        description: |
          Soms meldt de werkgever.

          ~~~lokaal halte-werk
          Bij Halte Werk via het WSP.
          ~~~
  - id: plan
    title: Plan
    description: |
      Samen een plan maken.

      ```lokaal buch
      Bij BUCH tekent de teamleider mee.
      ```
review: 2030-01-01
---
```lokaal halte-werk
Vóór de eerste kop.
```

## Werkwijze

Zo werkt het.
-- content/casussen/piet.md --
---
title: Piet
type: casus
process: ../processen/route.md
situation: Piet zoekt werk.
steps:
  - step: plan
    text: |
      Piet maakt een plan.

      ```lokaal halte-werk
      Bij Halte Werk met de jobcoach.
      ```
---
)";

struct Fixture {
  TempSite site{std::string(kMinimalSite) + std::string(kPages)};
  LoadedFixture loaded = load_fixture(site);

  std::optional<std::string> read(const base::SitePath& path) const { return site.read(path.str()); }
};

size_t line_count(const std::string& text) {
  size_t lines = 0;
  for (const char c : text) lines += c == '\n';
  return lines;
}

// Every line committed at time 100, except `newer` at 200.
model::DatePageLines dates_with(const std::string& path, int newer) {
  return [path, newer](const base::SitePath& file, const std::string& text) {
    std::vector<history::LineDate> dates(line_count(text), history::LineDate{"a", 100, 0});
    if (file.str() == path && newer >= 1) dates[static_cast<size_t>(newer) - 1] = {"b", 200, 0};
    return std::optional<std::vector<history::LineDate>>(dates);
  };
}

TEST_CASE("each local block is placed at its step, its casus step or its page", "[local_agreements]") {
  const Fixture fixture;
  REQUIRE(fixture.loaded.errors().empty());
  const model::LocalAgreements found = model::find_local_agreements(
      fixture.loaded.model(), [&](const base::SitePath& path) { return fixture.read(path); }, nullptr);
  CHECK_FALSE(found.dated);
  REQUIRE(found.pages.size() == 2);
  // The process first, then the casus.
  const model::PageAgreements& route = found.pages[0];
  CHECK(fixture.loaded.model().pages[route.page].page.title == "Route");
  REQUIRE(route.places.size() == 3);
  CHECK(route.places[0].kind == model::PlaceKind::kStep);
  CHECK(route.places[0].title == "Aanmelden");
  CHECK(route.places[0].anchor == "stap-aanmelden");
  CHECK(route.places[0].step_number == 1);
  // The block in an alternative (a ~~~ fence) belongs to its step.
  REQUIRE(route.places[0].agreements.size() == 2);
  CHECK(route.places[0].agreements[0].organisation == "buch");
  CHECK(route.places[0].agreements[0].markdown == "Bij BUCH via het wijkteam.\n");
  CHECK(route.places[0].agreements[1].organisation == "halte-werk");
  CHECK(route.places[1].title == "Plan");
  CHECK(route.places[1].step_number == 2);
  CHECK(route.places[2].kind == model::PlaceKind::kPage);
  CHECK(route.places[2].agreements[0].first_in_body);
  CHECK_FALSE(route.places[0].agreements[0].first_in_body);

  const model::PageAgreements& casus = found.pages[1];
  REQUIRE(casus.places.size() == 1);
  CHECK(casus.places[0].title == "Plan");  // the process's step
  CHECK(casus.places[0].step_number == 2);
  CHECK(casus.places[0].anchor == "stap-plan");
}

TEST_CASE("an agreement is stale when a shared line of its own place is newer than its block", "[local_agreements]") {
  const Fixture fixture;
  const auto read = [&](const base::SitePath& path) { return fixture.read(path); };
  const auto stale = [](const model::LocalAgreements& found) {
    std::vector<std::string> names;
    for (const model::PageAgreements& page : found.pages) {
      for (const model::AgreementPlace& place : page.places) {
        for (const model::LocalAgreement& agreement : place.agreements) {
          if (agreement.stale) names.push_back(place.title + "/" + agreement.organisation);
        }
      }
    }
    return names;
  };
  const model::SiteModel& model = fixture.loaded.model();
  // Line 24 "Samen een plan maken." is the step Plan's own text.
  CHECK(stale(model::find_local_agreements(model, read, dates_with("content/processen/route.md", 24))) ==
        std::vector<std::string>{"Plan/buch", "/halte-werk"});
  // Line 8 "De klant meldt zich." is Aanmelden's, line 10 is inside its block.
  CHECK(stale(model::find_local_agreements(model, read, dates_with("content/processen/route.md", 8))) ==
        std::vector<std::string>{"Aanmelden/buch", "Aanmelden/halte-werk", "/halte-werk"});
  CHECK(stale(model::find_local_agreements(model, read, dates_with("content/processen/route.md", 10))).empty());
  // The review date is front matter outside the steps: never shared text.
  CHECK(stale(model::find_local_agreements(model, read, dates_with("content/processen/route.md", 29))).empty());
}

}  // namespace
}  // namespace handboek::testing
