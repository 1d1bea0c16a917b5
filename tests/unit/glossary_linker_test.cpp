// render/glossary_linker: the first occurrence on a page of a term (title or
// alias) in running text links to its glossary entry, with the definition as
// an accessible tooltip; never inside headings, links or code; the longest
// form wins; reading order includes the text of local blocks.
#include "render/glossary_linker.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "render/markdown_renderer.h"

using Catch::Matchers::Contains;
using handboek::render::fold_case;
using handboek::render::glossary_forms;
using handboek::render::GlossaryForms;
using handboek::render::GlossaryLinker;
using handboek::render::MarkdownContext;
using handboek::render::render_body;
using handboek::render::render_fragment;
using handboek::render::TermForm;
using handboek::testing::kMinimalSite;
using handboek::testing::load_fixture;
using handboek::testing::LoadedFixture;
using handboek::testing::TempSite;

namespace {

constexpr std::string_view kGlossary = R"(
-- content/begrippen/_index.md --
---
title: Begrippen
---
-- content/begrippen/poort.md --
---
title: Poort
aliases: [de poort]
definition: Het moment waarop een inwoner zich meldt.
---
-- content/begrippen/intake.md --
---
title: Intake
definition: Het eerste gesprek.
---
-- content/begrippen/brede-intake.md --
---
title: Brede intake
aliases: [brede intakes]
definition: Een reeks gesprekken over dertien onderwerpen.
---
-- content/begrippen/een-gezin-een-plan.md --
---
title: Één gezin, één plan
definition: Eén plan voor het hele gezin.
---
-- content/begrippen/lks.md --
---
title: Loonkostensubsidie (LKS)
aliases: [LKS]
definition: Subsidie op de loonkosten.
---
)";

struct Linked {
  TempSite site;
  LoadedFixture loaded;
  std::string html;
};

// Renders content/over/tekst.md with `body` the way a page is rendered:
// one linker for the page.
Linked link_body(std::string_view body) {
  Linked out{TempSite(kMinimalSite), {}, {}};
  out.site.write_all(kGlossary);
  out.site.write("content/over/tekst.md", "---\ntitle: Tekst\n---\n" + std::string(body));
  out.loaded = load_fixture(out.site);
  REQUIRE(out.loaded.site);
  REQUIRE(out.loaded.errors().empty());
  const auto& page = out.loaded.page("content/over/tekst.md");
  const GlossaryForms forms = glossary_forms(out.loaded.model());
  GlossaryLinker linker(out.loaded.model(), forms, out.loaded.templates().snippets().glossary_term, page.url);
  const MarkdownContext context{out.loaded.model(), out.loaded.templates(), page, page.url, nullptr, &linker};
  out.html = render_body(context);
  return out;
}

size_t count(const std::string& text, std::string_view what) {
  size_t found = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++found;
  return found;
}

// The text of the first term link ("<a class="begrip-link" …>TEXT</a>").
std::string first_link_text(const std::string& html) {
  const size_t link = html.find("class=\"begrip-link\"");
  if (link == std::string::npos) return "";
  const size_t start = html.find('>', link) + 1;
  return html.substr(start, html.find("</a>", start) - start);
}

}  // namespace

TEST_CASE("only the first occurrence of a term on a page is linked", "[render][glossary]") {
  const auto linked = link_body("Een inwoner meldt zich bij de poort.\n\nDaarna komt de poort nog eens.\n\nPoort!\n");
  CHECK(count(linked.html, "class=\"begrip-link\"") == 1);
  CHECK_THAT(linked.html, Contains(R"(<p>Een inwoner meldt zich bij <span class="begrip"><a class="begrip-link")"));
  CHECK_THAT(linked.html, Contains("<p>Daarna komt de poort nog eens.</p>"));
  CHECK_THAT(linked.html, Contains("<p>Poort!</p>"));
}

TEST_CASE("a term links to its glossary entry with the definition as a tooltip", "[render][glossary]") {
  const auto linked = link_body("Zie de poort.\n\nEn de intake.\n");
  CHECK_THAT(linked.html, Contains(R"(href="../../begrippen/#poort" aria-describedby="begrip-uitleg-1")"));
  CHECK_THAT(linked.html, Contains(R"(<span class="begrip-uitleg" role="tooltip" id="begrip-uitleg-1" )"
                                   R"(data-pagefind-ignore>Poort: Het moment waarop een inwoner zich meldt.</span>)"));
  // every term on the page has its own tooltip id
  CHECK_THAT(linked.html, Contains(R"(aria-describedby="begrip-uitleg-2")"));
  CHECK_THAT(linked.html, Contains(R"(id="begrip-uitleg-2")"));
  CHECK_THAT(linked.html, !Contains("title="));
}

TEST_CASE("terms in headings, links and code are not linked", "[render][glossary]") {
  const auto linked = link_body(
      "## De poort\n\n"
      "Lees [over de poort](../begrippen/poort.md).\n\n"
      "Typ `poort` in het veld.\n\n"
      "```\npoort\n```\n\n"
      "Pas hier staat de poort in lopende tekst.\n");
  CHECK(count(linked.html, "class=\"begrip-link\"") == 1);
  CHECK_THAT(linked.html, Contains("<h2 id=\"de-poort\">De poort</h2>"));
  CHECK_THAT(linked.html, Contains(R"(<a href="../../begrippen/#poort">over de poort</a>)"));
  CHECK_THAT(linked.html, Contains("<code>poort</code>"));
  CHECK_THAT(linked.html, Contains("<pre><code>poort\n</code></pre>"));
  CHECK_THAT(linked.html, Contains("Pas hier staat <span class=\"begrip\">"));
}

TEST_CASE("the longest form wins where forms overlap", "[render][glossary]") {
  SECTION("a longer term over a shorter one") {
    const auto linked = link_body("We houden een brede intake met de klant.\n");
    CHECK(first_link_text(linked.html) == "brede intake");
    CHECK_THAT(linked.html, Contains(R"(href="../../begrippen/#brede-intake")"));
    CHECK(count(linked.html, "class=\"begrip-link\"") == 1);  // "intake" inside it is not linked again
  }
  SECTION("a longer alias over the title") {
    const auto linked = link_body("Er waren drie brede intakes.\n");
    CHECK(first_link_text(linked.html) == "brede intakes");
  }
  SECTION("a term's alias and title count as one term") {
    const auto linked = link_body("Eerst de poort, dan de Poort.\n");
    CHECK(first_link_text(linked.html) == "de poort");
    CHECK(count(linked.html, "class=\"begrip-link\"") == 1);
  }
}

TEST_CASE("terms are matched as whole words, in any case, with accents", "[render][glossary]") {
  SECTION("not inside a longer word") {
    const auto linked = link_body("De poortwachter en de intakes.\n");
    CHECK(count(linked.html, "class=\"begrip-link\"") == 0);
  }
  SECTION("capitals, also accented ones") {
    const auto linked = link_body("ÉÉN GEZIN, ÉÉN PLAN is het uitgangspunt.\n");
    CHECK(first_link_text(linked.html) == "ÉÉN GEZIN, ÉÉN PLAN");
  }
  SECTION("a title with an abbreviation in brackets is found without it") {
    const auto linked = link_body("De werkgever krijgt loonkostensubsidie.\n");
    CHECK(first_link_text(linked.html) == "loonkostensubsidie");
    CHECK_THAT(linked.html, Contains("Loonkostensubsidie (LKS): Subsidie op de loonkosten."));
  }
  SECTION("inside emphasis") {
    const auto linked = link_body("Het gaat om *de intake*.\n");
    CHECK_THAT(linked.html, Contains("<em>de <span class=\"begrip\">"));
  }
}

TEST_CASE("a term in a table cell is left as text, and none of the cell is lost", "[render][glossary]") {
  const auto linked = link_body(
      "| Route | Aantal |\n|---|---|\n| Werk met loonkostensubsidie (LKS) | 9 |\n\nDaarna de loonkostensubsidie.\n");
  CHECK_THAT(linked.html, Contains("<td>Werk met loonkostensubsidie (LKS)</td>"));
  // the term is still linked where the text can hold it
  CHECK(count(linked.html, "class=\"begrip-link\"") == 1);
  CHECK_THAT(linked.html, Contains("<p>Daarna de <span class=\"begrip\">"));
}

TEST_CASE("fold_case lowercases ASCII and Latin-1 capitals without moving bytes", "[render][glossary]") {
  CHECK(fold_case("Één Gezin") == "één gezin");
  CHECK(fold_case("ÀÖØÞ") == "àöøþ");
  CHECK(fold_case("×") == "×");  // not a letter
  CHECK(fold_case("CLIËNT").size() == std::string("CLIËNT").size());
  CHECK(fold_case("CLIËNT") == "cliënt");
}

TEST_CASE("reading order includes local blocks", "[render][glossary][lokaal]") {
  const auto linked = link_body(
      "```lokaal buch\nBij BUCH staat de poort in het wijkteam.\n```\n\n"
      "Voor iedereen: de poort.\n");
  const size_t block = linked.html.find("data-organisatie=\"buch\"");
  const size_t link = linked.html.find("class=\"begrip-link\"");
  REQUIRE(block != std::string::npos);
  CHECK(link > block);
  CHECK(link < linked.html.find("Voor iedereen"));
  CHECK(count(linked.html, "class=\"begrip-link\"") == 1);
}

TEST_CASE("one linker spans all parts of a page", "[render][glossary]") {
  Linked linked = link_body("Tekst zonder begrippen.\n");
  const auto& page = linked.loaded.page("content/over/tekst.md");
  const GlossaryForms forms = glossary_forms(linked.loaded.model());
  GlossaryLinker linker(linked.loaded.model(), forms, linked.loaded.templates().snippets().glossary_term, page.url);
  const MarkdownContext context{linked.loaded.model(), linked.loaded.templates(), page, page.url, nullptr, &linker};
  const std::string first = render_fragment("De intake.", context);
  const std::string second = render_fragment("Weer de intake, en de poort.", context);
  CHECK(count(first, "class=\"begrip-link\"") == 1);
  CHECK(count(second, "class=\"begrip-link\"") == 1);
  CHECK_THAT(second, Contains("#poort"));
  CHECK_THAT(second, Contains("begrip-uitleg-2"));  // ids keep counting over the page
}

TEST_CASE("the glossary forms are sorted longest first", "[render][glossary]") {
  Linked linked = link_body("x\n");
  const GlossaryForms glossary = glossary_forms(linked.loaded.model());
  const std::vector<TermForm>& forms = glossary.forms();
  REQUIRE(forms.size() >= 2);
  for (size_t i = 1; i < forms.size(); ++i) CHECK(forms[i - 1].lowercase.size() >= forms[i].lowercase.size());
}
