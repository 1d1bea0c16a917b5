// load/markdown_outline: what the pipeline needs to know of a Markdown text
// (headings and anchors, links, special blocks, raw HTML), with positions.
#include "load/markdown_outline.h"

#include <catch2/catch.hpp>

using namespace handboek::load;

TEST_CASE("headings get slug anchors and repeats get a number", "[load][markdown_outline]") {
  const MarkdownOutline outline = extract_outline("# Één plan\n\n## Doel\n\ntekst\n\n## Doel\n\n### Doel\n", 1);
  REQUIRE(outline.headings.size() == 4);
  CHECK(outline.headings[0].text == "Één plan");
  CHECK(outline.headings[0].level == 1);
  CHECK(outline.headings[0].anchor == "een-plan");
  CHECK(outline.headings[1].anchor == "doel");
  CHECK(outline.headings[2].anchor == "doel-2");
  CHECK(outline.headings[3].anchor == "doel-3");
  CHECK(outline.headings[3].level == 3);
}

TEST_CASE("positions are lines of the file when the text starts further down", "[load][markdown_outline]") {
  const MarkdownOutline outline = extract_outline("## Kop\n\nZie [pip](pip.md) en ![x](x.png).\n", 6);
  REQUIRE(outline.headings.size() == 1);
  CHECK(outline.headings[0].line == 6);
  REQUIRE(outline.links.size() == 2);
  CHECK(outline.links[0].href == "pip.md");
  CHECK(outline.links[0].line == 8);
  CHECK(outline.links[0].column == 5);
  CHECK(outline.links[1].href == "x.png");
  CHECK(outline.links[1].column == 22);
}

TEST_CASE("the plain text of a heading drops markup and keeps code", "[load][markdown_outline]") {
  const MarkdownOutline outline = extract_outline("## De *brede* `intake` en [PIP](pip.md)\n", 1);
  REQUIRE(outline.headings.size() == 1);
  CHECK(outline.headings[0].text == "De brede intake en PIP");
  CHECK(outline.headings[0].anchor == "de-brede-intake-en-pip");
}

TEST_CASE("reference links and autolinks are links too", "[load][markdown_outline]") {
  const MarkdownOutline outline = extract_outline(
      "Zie [de wet][wet] en https://wetten.overheid.nl.\n\n[wet]: ../begrippen/participatiewet.md\n", 1);
  REQUIRE(outline.links.size() == 2);
  CHECK(outline.links[0].href == "../begrippen/participatiewet.md");
  CHECK(outline.links[1].href == "https://wetten.overheid.nl");
}

TEST_CASE("lokaal and form blocks are recorded with their argument and line", "[load][markdown_outline]") {
  const MarkdownOutline outline = extract_outline(
      "Tekst.\n\n```lokaal halte-werk\nBij ons anders.\n```\n\n```form  plan-van-aanpak \n```\n\n```yaml\na: 1\n```\n",
      4);
  REQUIRE(outline.blocks.size() == 2);
  CHECK(outline.blocks[0].kind == "lokaal");
  CHECK(outline.blocks[0].argument == "halte-werk");
  CHECK(outline.blocks[0].line == 6);
  CHECK(outline.blocks[0].column == 1);
  CHECK(outline.blocks[1].kind == "form");
  CHECK(outline.blocks[1].argument == "plan-van-aanpak");
  CHECK(outline.blocks[1].line == 10);
}

TEST_CASE("links inside a lokaal block are found at their own line", "[load][markdown_outline][lokaal]") {
  const MarkdownOutline outline =
      extract_outline("Intro.\n\n```lokaal buch\n# Geen kop van de pagina\n\nZie [route](route.md).\n```\n", 10);
  REQUIRE(outline.links.size() == 1);
  CHECK(outline.links[0].href == "route.md");
  CHECK(outline.links[0].line == 15);
  CHECK(outline.links[0].column == 5);
  CHECK(outline.headings.empty());
}

TEST_CASE("raw HTML blocks and inline tags are recorded", "[load][markdown_outline][html]") {
  const MarkdownOutline outline = extract_outline("<div>\nblok\n</div>\n\nEen <em>woord</em>.\n", 1);
  REQUIRE(outline.raw_html.size() == 3);
  CHECK(outline.raw_html[0].line == 1);
  CHECK(outline.raw_html[0].html == "<div>\nblok\n</div>\n");
  CHECK(outline.raw_html[1].html == "<em>");
  CHECK(outline.raw_html[1].line == 5);
  CHECK(outline.raw_html[1].column == 5);
  CHECK(outline.raw_html[2].html == "</em>");
}

TEST_CASE("code spans and code blocks are not raw HTML", "[load][markdown_outline][html]") {
  const MarkdownOutline outline = extract_outline("Gebruik `<script>` nooit.\n\n```html\n<script></script>\n```\n", 1);
  CHECK(outline.raw_html.empty());
}

TEST_CASE("reserved anchors are skipped when headings are numbered", "[load][markdown_outline]") {
  CHECK(assign_heading_anchors({"Stap intake", "Stap intake", "Route"}, {"stap-intake", "route"}) ==
        std::vector<std::string>{"stap-intake-2", "stap-intake-3", "route-2"});
  CHECK(assign_heading_anchors({"Doel", "Doel 2", "Doel"}) == std::vector<std::string>{"doel", "doel-2", "doel-3"});
  CHECK(assign_heading_anchors({"", "?"}) == std::vector<std::string>{"sectie", "sectie-2"});
}

TEST_CASE("fence info is split into its kind and argument", "[load][markdown_outline]") {
  const FenceInfo info = split_fence_info("  lokaal   halte-werk  \n");
  CHECK(info.kind == "lokaal");
  CHECK(info.argument == "halte-werk");
  CHECK(split_fence_info(nullptr).kind.empty());
  CHECK(split_fence_info("form").argument.empty());
}
