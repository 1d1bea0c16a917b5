// render/body_cache and render_body's reuse of bodies across versions: a
// body rendered once comes from the cache in the next version while its
// text and everything it links to stay the same, and is rendered again
// when a link target or the glossary changes. Reuse never changes a byte.
#include "render/body_cache.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "render/glossary_linker.h"
#include "render/markdown_renderer.h"
#include "render/site_renderer.h"

using Catch::Matchers::Contains;
using handboek::render::BodyCache;
using handboek::render::BodyReuse;
using handboek::render::MarkdownContext;
using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::LoadedFixture;
using handboek::testing::TempSite;

namespace {

constexpr std::string_view kPages = R"(
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/pip.md --
---
title: PIP
definition: Een plan.
---
-- content/werk/intake.md --
---
title: Intake
---
Het gesprek.
-- content/over/tekst.md --
---
title: Tekst
---
## Eerst

Zie [intake](../werk/intake.md) en maak een PIP.
)";

// One version of the site: its page content/over/tekst.md rendered with and
// without `cache` (a glossary linker as a page has).
struct Version {
  std::string reused_html;
  std::string fresh_html;
};

Version render_tekst(const TempSite& site, BodyCache& cache) {
  const LoadedFixture loaded = load_fixture(site);
  REQUIRE(loaded.site);
  const auto& page = loaded.page("content/over/tekst.md");
  const auto forms = handboek::render::glossary_forms(loaded.model());
  const auto version_key = handboek::render::body_version_key(loaded.model(), forms, loaded.templates());
  REQUIRE(version_key);
  const BodyReuse reuse{cache, *version_key};
  Version out;
  handboek::render::GlossaryLinker linker(loaded.model(), forms, loaded.templates().snippets().glossary_term, page.url);
  out.reused_html = handboek::render::render_body(
      MarkdownContext{loaded.model(), loaded.templates(), page, page.url, nullptr, &linker, &reuse});
  handboek::render::GlossaryLinker fresh_linker(loaded.model(), forms, loaded.templates().snippets().glossary_term,
                                                page.url);
  out.fresh_html = handboek::render::render_body(
      MarkdownContext{loaded.model(), loaded.templates(), page, page.url, nullptr, &fresh_linker});
  return out;
}

}  // namespace

TEST_CASE("a body the next version has unchanged is rendered once", "[render][body_cache]") {
  TempSite site(kMinimalSite);
  site.write_all(kPages);
  BodyCache cache;
  const Version first = render_tekst(site, cache);
  CHECK(cache.size() == 1);
  CHECK(cache.reused() == 0);
  CHECK(first.reused_html == first.fresh_html);
  CHECK_THAT(first.fresh_html, Contains(R"(href="../../werk/intake/")"));
  CHECK_THAT(first.fresh_html, Contains("Een plan."));

  // The next release: another page changed, this one did not.
  site.write("content/werk/intake.md", "---\ntitle: Intake\n---\nHet eerste gesprek.\n");
  cache.next_version();
  const Version second = render_tekst(site, cache);
  CHECK(cache.reused() == 1);
  CHECK(cache.size() == 1);
  CHECK(second.reused_html == second.fresh_html);
  CHECK(second.reused_html == first.fresh_html);
}

TEST_CASE("a body is rendered again when a link target or the glossary changes", "[render][body_cache]") {
  TempSite site(kMinimalSite);
  site.write_all(kPages);
  BodyCache cache;
  render_tekst(site, cache);

  SECTION("the linked page is gone: the link is marked broken") {
    std::filesystem::remove(site.root() / "content/werk/intake.md");
    const Version next = render_tekst(site, cache);
    CHECK(cache.reused() == 0);
    CHECK(next.reused_html == next.fresh_html);
    CHECK_THAT(next.reused_html, Contains("link-kapot"));
  }
  SECTION("the term's definition changed: its tooltip with it") {
    site.write("content/begrippen/pip.md", "---\ntitle: PIP\ndefinition: Een persoonlijk plan.\n---\n");
    const Version next = render_tekst(site, cache);
    CHECK(cache.reused() == 0);
    CHECK(next.reused_html == next.fresh_html);
    CHECK_THAT(next.reused_html, Contains("Een persoonlijk plan."));
  }
}

TEST_CASE("a version rendered with the body cache is byte for byte the one without", "[render][body_cache]") {
  TempSite site(kMinimalSite);
  site.write_all(kPages);
  site.write("content/over/formulier.md",
             "---\ntitle: Met formulier\n---\nTekst met PIP.\n\n```form plan\n```\n\n```lokaal buch\nBij BUCH.\n```\n");
  site.write("forms/plan.yaml",
             "title: Plan\nsections:\n  - title: Afspraken\n    fields:\n      - id: doel\n        type: long_text\n"
             "        label: Doel\n");
  BodyCache cache;
  for (int version = 0; version < 2; ++version) {
    const LoadedFixture loaded = load_fixture(site);
    REQUIRE(loaded.site);
    for (const auto& line : loaded.errors()) UNSCOPED_INFO(line);
    REQUIRE(loaded.errors().empty());
    handboek::base::OutputTree with_cache;
    handboek::base::OutputTree without;
    handboek::render::render_version(loaded.model(), loaded.templates(), loaded.site->theme.assets, true, 2, with_cache,
                                     {}, &cache);
    handboek::render::render_version(loaded.model(), loaded.templates(), loaded.site->theme.assets, true, 2, without);
    CHECK(with_cache.files() == without.files());
  }
  CHECK(cache.reused() > 0);
}
