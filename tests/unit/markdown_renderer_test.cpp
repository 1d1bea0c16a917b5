// render/markdown_renderer: Markdown → HTML with links rewritten relative to
// the document, heading anchors, lokaal boxes, form cards, and no raw HTML.
#include "render/markdown_renderer.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using Catch::Matchers::Contains;
using handboek::render::MarkdownContext;
using handboek::render::render_body;
using handboek::render::render_fragment;
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
-- content/processen/intake.md --
---
title: Intake
steps:
  - id: aanmelding
    title: Aanmelding
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

// Loads a site whose page content/over/tekst.md has `body`, and renders it.
struct Rendered {
  TempSite site;
  LoadedFixture loaded;
  std::string html;
};

Rendered render_page_body(std::string_view body) {
  Rendered out{TempSite(kMinimalSite), {}, {}};
  out.site.write_all(kPages);
  out.site.write("content/over/tekst.md", "---\ntitle: Tekst\n---\n" + std::string(body));
  out.loaded = load_fixture(out.site);
  REQUIRE(out.loaded.site);
  const auto& page = out.loaded.page("content/over/tekst.md");
  const MarkdownContext context{out.loaded.model(), out.loaded.templates(), page, page.url, nullptr};
  out.html = render_body(context);
  return out;
}

}  // namespace

TEST_CASE("links are rewritten relative to the page being written", "[render][markdown]") {
  const auto rendered = render_page_body(
      "Zie [intake](../processen/intake.md#stap-aanmelding), [PIP](../begrippen/pip.md) en "
      "[wet](https://wetten.nl/).\n");
  CHECK(rendered.loaded.errors().empty());
  CHECK_THAT(rendered.html, Contains(R"(<a href="../../processen/intake/#stap-aanmelding">intake</a>)"));
  CHECK_THAT(rendered.html, Contains(R"(href="../../begrippen/#pip")"));
  CHECK_THAT(rendered.html, Contains(R"(<a href="https://wetten.nl/">wet</a>)"));
  CHECK_THAT(rendered.html, !Contains(".md"));
}

TEST_CASE("headings get the anchors the loader assigned", "[render][markdown]") {
  const auto rendered = render_page_body("## Één plan\n\n## Één plan\n\n### Daarna\n");
  CHECK_THAT(rendered.html, Contains(R"(<h2 id="een-plan">Één plan</h2>)"));
  CHECK_THAT(rendered.html, Contains(R"(<h2 id="een-plan-2">Één plan</h2>)"));
  CHECK_THAT(rendered.html, Contains(R"(<h3 id="daarna">Daarna</h3>)"));
  CHECK_THAT(rendered.html, !Contains("data-sourcepos"));
}

TEST_CASE("a lokaal block is a labelled box with the organisation's name", "[render][markdown][lokaal]") {
  const auto rendered = render_page_body("```lokaal halte-werk\n## Bij ons\n\nDe **jobhunter** belt.\n```\n");
  CHECK(rendered.loaded.errors().empty());
  CHECK_THAT(rendered.html, Contains(R"(data-organisatie="halte-werk")"));
  CHECK_THAT(rendered.html, Contains("Lokale afspraak</span> Halte Werk"));
  CHECK_THAT(rendered.html, Contains("<p>De <strong>jobhunter</strong> belt.</p>"));
  // Headings inside a block are not the page's headings and get no id.
  CHECK_THAT(rendered.html, Contains("<h2>Bij ons</h2>"));
  CHECK_THAT(rendered.html, !Contains("<pre"));
}

TEST_CASE("a form block without a form renderer becomes a link to the form", "[render][markdown][forms]") {
  const auto rendered = render_page_body("```form plan-van-aanpak\n```\n");
  CHECK_THAT(rendered.html, Contains(R"(<a href="../../formulieren/plan-van-aanpak/">Formulier: Plan van aanpak</a>)"));
}

TEST_CASE("raw HTML is rendered through the allow-list: active parts never reach the page",
          "[render][markdown][html]") {
  const auto rendered = render_page_body(
      "<script>alert('x')</script>\n\nKlik <b onclick=\"steel()\">hier</b>.\n\n<iframe src=\"x\"></iframe>\n\n"
      "<iframe src=\"https://player.vimeo.com/video/123\"></iframe>\n\n<details><summary>Meer</summary>\n\n"
      "Tekst met een [link](https://example.org/).\n\n</details>\n");
  CHECK(rendered.loaded.errors().empty());
  CHECK_THAT(rendered.html, !Contains("<script"));
  CHECK_THAT(rendered.html, !Contains("onclick"));
  CHECK_THAT(rendered.html, !Contains("<iframe"));
  CHECK_THAT(rendered.html, Contains("Klik <b>hier</b>."));
  CHECK_THAT(rendered.html, Contains("Video: <a href=\"https://vimeo.com/123\">https://vimeo.com/123</a>"));
  CHECK_THAT(rendered.html, Contains("<details><summary>Meer</summary>"));
  CHECK_THAT(rendered.html, Contains("<a href=\"https://example.org/\">link</a>"));
}

TEST_CASE("a javascript link is not written as a link target", "[render][markdown][html]") {
  const auto rendered = render_page_body("[klik](javascript:alert(1))\n");
  CHECK_THAT(rendered.html, !Contains("javascript:"));
}

TEST_CASE("a broken link is its text marked broken, never a dead link", "[render][markdown]") {
  const auto rendered = render_page_body("[weg](weg.md) en ![kaart](kaart.png)\n");
  CHECK(rendered.loaded.errors().size() == 2);
  CHECK_THAT(
      rendered.html,
      Contains(R"(<span class="link-kapot">weg<span class="link-kapot-uitleg"> (link werkt niet)</span></span>)"));
  CHECK_THAT(rendered.html, Contains(R"(<span class="link-kapot">kaart<span class="link-kapot-uitleg"> (afbeelding )"
                                     R"(ontbreekt)</span></span>)"));
  CHECK_THAT(rendered.html, !Contains("<a "));
  CHECK_THAT(rendered.html, !Contains("<img"));
}

TEST_CASE("ordinary code blocks stay code with their language", "[render][markdown]") {
  const auto rendered = render_page_body("```yaml\ntitle: <x>\n```\n");
  CHECK_THAT(rendered.html, Contains(R"(<pre><code class="language-yaml">title: &lt;x&gt;)"));
}

TEST_CASE("a table stands in a frame of its own, which scrolls sideways when the table is wider",
          "[render][markdown]") {
  const auto rendered =
      render_page_body("Voor.\n\n| Groep | Onderwerpen |\n|---|---|\n| Gemeente | Procesbegeleider |\n\nNa.\n");
  CHECK_THAT(rendered.html, Contains("<div class=\"tabel-scroll\">\n<table>"));
  CHECK_THAT(rendered.html, Contains("</table>\n</div>"));
  CHECK_THAT(rendered.html, Contains("<td>Procesbegeleider</td>"));
  CHECK_THAT(rendered.html, Contains("<p>Na.</p>"));
}

TEST_CASE("a fragment from front matter gets no heading ids", "[render][markdown]") {
  const auto rendered = render_page_body("Tekst.\n");
  const auto& page = rendered.loaded.page("content/over/tekst.md");
  const MarkdownContext context{rendered.loaded.model(), rendered.loaded.templates(), page, page.url, nullptr};
  CHECK(render_fragment("## Kop\n\nZie *dit*.", context) == "<h2>Kop</h2>\n<p>Zie <em>dit</em>.</p>\n");
}

TEST_CASE("a broken link in a table cell is marked broken too", "[render][markdown]") {
  // Found by the markdown_blocks fuzz target: a table cell cannot hold the
  // marking node, so the link was published empty with its raw target
  // (<a href="weg.md"></a>) and the marking node leaked.
  const auto rendered = render_page_body(
      "| a | b |\n|---|---|\n| [weg](weg.md) | ![kaart](kaart.png) |\n| [![foto](foto.png)](ook-weg.md) | x |\n");
  CHECK(rendered.loaded.errors().size() == 4);
  CHECK_THAT(rendered.html, Contains(R"(<td><span class="link-kapot">weg<span class="link-kapot-uitleg"> (link werkt )"
                                     R"(niet)</span></span></td>)"));
  CHECK_THAT(rendered.html, Contains(R"(<td><span class="link-kapot">kaart<span class="link-kapot-uitleg"> )"
                                     R"((afbeelding ontbreekt)</span></span></td>)"));
  CHECK_THAT(rendered.html, Contains(R"(<td><span class="link-kapot"><span class="link-kapot">foto<span )"
                                     R"(class="link-kapot-uitleg"> (afbeelding ontbreekt)</span></span><span )"
                                     R"(class="link-kapot-uitleg"> (link werkt niet)</span></span></td>)"));
  CHECK_THAT(rendered.html, !Contains("<a "));
  CHECK_THAT(rendered.html, !Contains("<img"));
  CHECK_THAT(rendered.html, !Contains("link-kapot:"));
}
