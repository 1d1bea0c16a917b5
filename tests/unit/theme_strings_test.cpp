// render/theme_strings and the snippet partials: the words and markup the
// generator places itself come from the theme. A site theme overrides one
// string and one partial and the page changes accordingly; what it leaves
// out comes from the installed default theme; a broken strings.yaml is a
// diagnostic. The default theme's own output is pinned by the other render
// tests and by the sample site being byte-identical (docs/testing.md).
#include "render/theme_strings.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "model_fixture.h"
#include "render/page_renderer.h"

using handboek::render::PageRenderer;
using handboek::render::Text;
using handboek::testing::formatted;
using handboek::testing::load_fixture;
using handboek::testing::LoadedFixture;
using handboek::testing::TempSite;

namespace {

// A page that mentions a glossary term, on a site whose theme is `theme`.
std::string site_with_theme(const std::string& theme) {
  return R"(
-- site.yaml --
title: Testhandboek
theme: )" +
         theme + R"(
-- content/_index.md --
---
title: Home
---
Welkom.
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/poort.md --
---
title: Poort
definition: Het moment waarop een inwoner zich meldt.
---
-- content/over/_index.md --
---
title: Over
---
-- content/over/tekst.md --
---
title: Tekst
---
Wie zich meldt, komt door de poort.
)";
}

// themes/eigen/: the default theme's templates and assets, without its
// strings.yaml (so every string it does not set comes from the default).
TempSite site_with_own_theme() {
  TempSite site(site_with_theme("eigen"));
  const auto themes = site.root() / "themes";
  std::filesystem::copy(themes / "default", themes / "eigen", std::filesystem::copy_options::recursive);
  std::filesystem::remove(themes / "eigen" / "strings.yaml");
  return site;
}

std::string render_tekst(const LoadedFixture& loaded) {
  const PageRenderer renderer(loaded.model(), loaded.templates(), loaded.site->theme.assets, false);
  return renderer.render_page(loaded.page_index("content/over/tekst.md"));
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the default theme writes the title, type label and glossary term", "[render][theme]") {
  const TempSite site(site_with_theme("default"));
  const LoadedFixture loaded = load_fixture(site);
  REQUIRE(loaded.site);
  const std::string html = render_tekst(loaded);
  CHECK(contains(html, "<title>Tekst — Testhandboek</title>"));
  CHECK(contains(html, ">Pagina<"));
  CHECK(contains(html, R"(<span class="begrip"><a class="begrip-link" href="../../begrippen/#poort")"));
  CHECK(contains(html, R"(data-pagefind-ignore>Poort: Het moment waarop een inwoner zich meldt.</span></span>)"));
}

TEST_CASE("a site theme that overrides one string and one partial changes the page accordingly", "[render][theme]") {
  const TempSite site = site_with_own_theme();
  site.write("themes/eigen/strings.yaml", "document_title: \"{site} | {page}\"\ntype_pagina: Tekstpagina\n");
  site.write("themes/eigen/templates/partials/glossary_term.mustache",
             R"(<a class="term" href="{{url}}" title="{{definition}}">{{text}}</a>)");
  const LoadedFixture loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(formatted(loaded.diagnostics).empty());
  const std::string html = render_tekst(loaded);
  CHECK(contains(html, "<title>Testhandboek | Tekst</title>"));
  CHECK(contains(html, ">Tekstpagina<"));
  CHECK_FALSE(contains(html, ">Pagina<"));
  CHECK(contains(html,
                 R"(door de <a class="term" href="../../begrippen/#poort" title="Het moment waarop een inwoner zich )"
                 R"(meldt.">poort</a>.)"));
  CHECK_FALSE(contains(html, "begrip-uitleg"));
  // What the theme leaves out is the default theme's.
  CHECK(loaded.templates().strings()[Text::kSearchTitle] == "Zoeken");
  CHECK(loaded.templates().snippets().table_frame.before() == R"(<div class="tabel-scroll">)");
}

TEST_CASE("a snippet partial escapes a {{key}} and inserts a {{{key}}} as Mustache would", "[render][theme]") {
  const TempSite site = site_with_own_theme();
  site.write("themes/eigen/templates/partials/glossary_term.mustache", "[{{text}}|{{{text}}}|{{title}}]");
  const LoadedFixture loaded = load_fixture(site);
  REQUIRE(loaded.site);
  CHECK(loaded.templates().snippets().glossary_term.fill({"u", "t", "a<b", "R&D", "d"}) == "[a&lt;b|a<b|R&amp;D]");
}

TEST_CASE("a broken strings.yaml is an error at its line, an unknown key a warning", "[render][theme]") {
  const TempSite site = site_with_own_theme();
  site.write("themes/eigen/strings.yaml", "search_titel: Zoek\nforms_title: [Formulieren]\n");
  const LoadedFixture loaded = load_fixture(site);
  CHECK_FALSE(loaded.site);
  const auto lines = formatted(loaded.diagnostics);
  const auto has = [&lines](std::string_view part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) { return contains(line, part); });
  };
  CHECK(has("themes/eigen/strings.yaml:1:1: warning: onbekende sleutel 'search_titel'"));
  CHECK(has("themes/eigen/strings.yaml:2:"));
}

TEST_CASE("a string's {names} are replaced and an unknown one stays", "[render][theme]") {
  const auto& strings = handboek::testing::default_templates().strings();
  CHECK(strings.format(Text::kChangesSinceTitle, {{"version", "2019.2"}}) == "Wat is er veranderd sinds 2019.2");
  CHECK(strings.format(Text::kDocumentTitle, {{"page", "{site}"}, {"site", "S"}}) == "{site} — S");
  CHECK(strings.format(Text::kDocumentTitle, {}) == "{page} — {site}");
}
