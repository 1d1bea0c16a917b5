// serve/preview_site: which pages a change touches. A text edit renders only
// its page; whatever other pages can see rebuilds everything; an error
// publishes nothing (the last good version stays).
#include "serve/preview_site.h"

#include <malloc.h>

#include <catch2/catch.hpp>

#include "temp_site.h"

namespace handboek::serve {
namespace {

using testing::TempSite;

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
---
Welkom. Zie [de intake](werkwijze/intake.md).
-- content/werkwijze/intake.md --
---
title: Intake
---
De intake begint met een gesprek.

## Voorbereiding

Lees het dossier.
-- content/werkwijze/overleg.md --
---
title: Overleg
---
Het overleg is elke week.
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/regie.md --
---
title: Regie
definition: Wie de leiding heeft over een casus.
---
Regie is geen zeggenschap.
)";

std::vector<std::string> paths(const PreviewUpdate& update) {
  std::vector<std::string> out;
  for (const auto& [path, bytes] : update.files) out.push_back(path);
  return out;
}

// Bytes the program has allocated and not freed: glibc's count, or the
// sanitizer allocator's under ASan (which replaces malloc).
#if defined(__SANITIZE_ADDRESS__)
extern "C" size_t __sanitizer_get_current_allocated_bytes();
size_t heap_in_use() {
  return __sanitizer_get_current_allocated_bytes();
}
#else
size_t heap_in_use() {
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}
#endif

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("a text edit of one page renders that page alone", "[serve][preview]") {
  const TempSite site(kSite);
  PreviewSite preview(site.root(), {}, 1);
  const PreviewUpdate first = preview.rebuild_all();
  REQUIRE(first.tree);
  CHECK(first.full);

  site.write(
      "content/werkwijze/intake.md",
      "---\ntitle: Intake\n---\nDe intake begint met een warm gesprek.\n\n## Voorbereiding\n\nLees het dossier.\n");
  const PreviewUpdate update = preview.apply({"content/werkwijze/intake.md"});
  CHECK_FALSE(update.full);
  CHECK_FALSE(update.tree);
  REQUIRE(paths(update) == std::vector<std::string>{"werkwijze/intake/index.html"});
  CHECK(contains(update.files[0].second, "warm gesprek"));
}

TEST_CASE("a glossary term's text renders the glossary page that shows it", "[serve][preview]") {
  const TempSite site(kSite);
  PreviewSite preview(site.root(), {}, 1);
  REQUIRE(preview.rebuild_all().tree);
  site.write(
      "content/begrippen/regie.md",
      "---\ntitle: Regie\ndefinition: Wie de leiding heeft over een casus.\n---\nRegie is verantwoordelijkheid.\n");
  const PreviewUpdate update = preview.apply({"content/begrippen/regie.md"});
  CHECK(paths(update) == std::vector<std::string>{"begrippen/index.html"});
}

TEST_CASE("what other pages can see of a page rebuilds everything", "[serve][preview]") {
  const TempSite site(kSite);
  PreviewSite preview(site.root(), {}, 1);
  REQUIRE(preview.rebuild_all().tree);
  SECTION("its title") {
    site.write("content/werkwijze/overleg.md", "---\ntitle: Teamoverleg\n---\nHet overleg is elke week.\n");
    CHECK(preview.apply({"content/werkwijze/overleg.md"}).full);
  }
  SECTION("a heading (an anchor others may link to)") {
    site.write("content/werkwijze/intake.md", "---\ntitle: Intake\n---\nDe intake.\n\n## Dossier lezen\n");
    CHECK(preview.apply({"content/werkwijze/intake.md"}).full);
  }
  SECTION("a new page") {
    site.write("content/werkwijze/nazorg.md", "---\ntitle: Nazorg\n---\nNa afloop.\n");
    const PreviewUpdate update = preview.apply({"content/werkwijze/nazorg.md"});
    REQUIRE(update.tree);
    CHECK(update.tree->find("werkwijze/nazorg/index.html"));
  }
  SECTION("a deleted page") {
    std::filesystem::remove(site.root() / "content/werkwijze/overleg.md");
    const PreviewUpdate update = preview.apply({"content/werkwijze/overleg.md"});
    REQUIRE(update.tree);
    CHECK_FALSE(update.tree->find("werkwijze/overleg/index.html"));
  }
  SECTION("the theme") {
    site.write("themes/default/assets/extra.css", "p { color: black; }\n");
    CHECK(preview.apply({"themes/default/assets/extra.css"}).full);
  }
}

TEST_CASE("an edit with an error publishes nothing; fixing it publishes again", "[serve][preview]") {
  const TempSite site(kSite);
  PreviewSite preview(site.root(), {}, 1);
  REQUIRE(preview.rebuild_all().tree);
  site.write("content/werkwijze/intake.md", "---\ntitle: [Intake\n---\nKapot.\n");
  const PreviewUpdate broken = preview.apply({"content/werkwijze/intake.md"});
  CHECK(broken.diagnostics.has_errors());
  CHECK_FALSE(broken.published());

  site.write("content/werkwijze/intake.md", "---\ntitle: Intake\n---\nWeer heel.\n\n## Voorbereiding\n");
  const PreviewUpdate fixed = preview.apply({"content/werkwijze/intake.md"});
  CHECK_FALSE(fixed.diagnostics.has_errors());
  REQUIRE(fixed.tree);  // after an error everything is rebuilt, so the whole state is reported
  CHECK(contains(*fixed.tree->find("werkwijze/intake/index.html"), "Weer heel."));
}

TEST_CASE("a file that came and went (an editor's temporary file) changes nothing", "[serve][preview]") {
  const TempSite site(kSite);
  PreviewSite preview(site.root(), {}, 1);
  REQUIRE(preview.rebuild_all().tree);
  const PreviewUpdate update = preview.apply({"content/werkwijze/sedX4k2b9"});
  CHECK_FALSE(update.published());
  CHECK_FALSE(update.full);
}

TEST_CASE("the cross-page signature ignores prose and sees front matter, headings and links", "[serve][preview]") {
  load::Page page;
  page.body_line = 4;
  const std::string a = "---\ntitle: A\n---\nTekst.\n";
  const std::string b = "---\ntitle: B\n---\nTekst.\n";
  CHECK(cross_page_signature(page, a) != cross_page_signature(page, b));
  load::Page with_link = page;
  with_link.outline.links.push_back({"b.md", 4, 1});
  CHECK(cross_page_signature(page, a) != cross_page_signature(with_link, a));
  CHECK(cross_page_signature(page, a) == cross_page_signature(page, "---\ntitle: A\n---\nAndere tekst.\n"));
}

TEST_CASE("200 full rebuilds keep memory flat (old themes' templates are freed)", "[serve][preview][memory]") {
  const TempSite site(kSite);
  PreviewSite preview(site.root(), {}, 1);
  // Warm up: the language tools, the first engines' templates, the caches.
  for (int i = 0; i < 20; ++i) REQUIRE(preview.rebuild_all().tree);
  const size_t before = heap_in_use();
  for (int i = 0; i < 200; ++i) REQUIRE(preview.rebuild_all().tree);
  const size_t after = heap_in_use();
  // One rebuild's theme and templates are far more than this; 200 kept
  // would be megabytes.
  INFO("heap in use before " << before << " bytes, after " << after);
  CHECK(after < before + 256 * 1024);
}

}  // namespace
}  // namespace handboek::serve
