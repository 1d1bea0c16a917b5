// model/navigation: sections from folders with an _index.md, order by weight
// then title, breadcrumbs, previous/next and the top menu.
#include "model/navigation.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::LoadedFixture;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;

namespace {

constexpr std::string_view kSections = R"(
-- content/processen/_index.md --
---
title: Processen
weight: 20
---
-- content/processen/b-route.md --
---
title: Beta
weight: 10
steps: [{id: een, title: Een}]
---
-- content/processen/a-route.md --
---
title: Alfa
weight: 5
steps: [{id: een, title: Een}]
---
-- content/processen/c-route.md --
---
title: Alfa
weight: 5
steps: [{id: een, title: Een}]
---
-- content/processen/deel/_index.md --
---
title: Deelroutes
---
-- content/processen/deel/x.md --
---
title: X
steps: [{id: een, title: Een}]
---
-- content/processen/los/y.md --
---
title: Y
weight: 10
steps: [{id: een, title: Een}]
---
-- content/over/_index.md --
---
title: Over
weight: 10
---
-- content/zonder-sectie/z.md --
---
title: Z
---
)";

std::vector<std::string> titles(const LoadedFixture& loaded, const std::vector<size_t>& indexes) {
  std::vector<std::string> out;
  for (const size_t i : indexes) out.push_back(loaded.model().pages[i].page.title);
  return out;
}

std::string section_folder(const LoadedFixture& loaded, size_t section) {
  return loaded.model().sections[section].folder.str();
}

}  // namespace

TEST_CASE("every folder with pages is a section below its parent folder's section", "[model][navigation]") {
  TempSite site(kMinimalSite);
  site.write_all(kSections);
  const auto loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(loaded.errors().empty());
  const auto& model = loaded.model();
  REQUIRE(model.sections.size() == 6);
  CHECK(section_folder(loaded, 0) == "content");
  CHECK(model.sections[0].index_page == loaded.page_index("content/_index.md"));
  const size_t processen = loaded.page("content/processen/_index.md").section;
  const size_t deel = loaded.page("content/processen/deel/_index.md").section;
  CHECK(section_folder(loaded, processen) == "content/processen");
  CHECK(model.sections[deel].parent == processen);
  // A folder without a page of its own gets a generated one.
  const auto& los = loaded.page("content/processen/los/_index.md");
  CHECK(los.page.is_generated);
  CHECK(los.page.title == "Los");
  CHECK(los.url == "/processen/los/");
  CHECK(model.sections[los.section].parent == processen);
  CHECK(loaded.page("content/processen/los/y.md").section == los.section);
  CHECK(loaded.page("content/zonder-sectie/_index.md").page.title == "Zonder sectie");
}

TEST_CASE("pages are ordered by weight then title then path", "[model][navigation]") {
  TempSite site(kMinimalSite);
  site.write_all(kSections);
  const auto loaded = load_fixture(site);
  const auto& section = loaded.model().sections[loaded.page("content/processen/_index.md").section];
  CHECK(titles(loaded, section.pages) == Lines{"Alfa", "Alfa", "Beta"});
  CHECK(loaded.model().pages[section.pages[0]].page.path.str() == "content/processen/a-route.md");
  REQUIRE(section.subsections.size() == 2);
  CHECK(loaded.model().sections[section.subsections[0]].index_page ==
        loaded.page_index("content/processen/deel/_index.md"));
  CHECK(loaded.model().sections[section.subsections[1]].index_page ==
        loaded.page_index("content/processen/los/_index.md"));
}

TEST_CASE("the menu lists the top sections in weight order", "[model][navigation]") {
  TempSite site(kMinimalSite);
  site.write_all(kSections);
  const auto loaded = load_fixture(site);
  std::vector<std::string> menu;
  for (const size_t section : loaded.model().menu) menu.push_back(section_folder(loaded, section));
  // A generated section page has weight 0, so it comes before weighted ones.
  CHECK(menu == Lines{"content/zonder-sectie", "content/over", "content/processen"});
}

TEST_CASE("previous and next stay within the section", "[model][navigation]") {
  TempSite site(kMinimalSite);
  site.write_all(kSections);
  const auto loaded = load_fixture(site);
  const auto& first = loaded.page("content/processen/a-route.md");
  CHECK_FALSE(first.previous);
  REQUIRE(first.next);
  CHECK(*first.next == loaded.page_index("content/processen/c-route.md"));
  const auto& last = loaded.page("content/processen/b-route.md");
  CHECK(*last.previous == loaded.page_index("content/processen/c-route.md"));
  CHECK_FALSE(last.next);
  const auto& only = loaded.page("content/processen/deel/x.md");
  CHECK_FALSE(only.previous);
  CHECK_FALSE(only.next);
}

TEST_CASE("breadcrumbs lead from the home page down to the parent section", "[model][navigation]") {
  TempSite site(kMinimalSite);
  site.write_all(kSections);
  const auto loaded = load_fixture(site);
  auto crumbs = [&](std::string_view path) {
    std::vector<std::string> out;
    for (const auto& crumb : loaded.page(path).breadcrumbs) out.push_back(crumb.title + " " + crumb.url);
    return out;
  };
  CHECK(crumbs("content/processen/deel/x.md") ==
        Lines{"Home /", "Processen /processen/", "Deelroutes /processen/deel/"});
  CHECK(crumbs("content/processen/deel/_index.md") == Lines{"Home /", "Processen /processen/"});
  CHECK(crumbs("content/processen/_index.md") == Lines{"Home /"});
  CHECK(crumbs("content/_index.md").empty());
}

TEST_CASE("a handbook without a home page gets one named after the site", "[model][navigation]") {
  const TempSite site(R"(
-- site.yaml --
title: Zonder home
-- content/over/visie.md --
---
title: Visie
---
)");
  const auto loaded = load_fixture(site);
  CHECK(loaded.errors().empty());
  const auto& home = loaded.page("content/_index.md");
  CHECK(home.page.is_generated);
  CHECK(home.page.title == "Zonder home");
  CHECK(home.url == "/");
  REQUIRE(loaded.model().menu.size() == 1);
  CHECK(loaded.model().pages[*loaded.model().sections[loaded.model().menu[0]].index_page].url == "/over/");
}
