// load/markdown_prose: the running text of Markdown, block by block, with
// positions; code left out, link texts marked, lokaal blocks read as prose.
#include "load/markdown_prose.h"

#include <catch2/catch.hpp>

using namespace handboek::load;

TEST_CASE("paragraphs, headings and table cells with their file positions", "[load][prose]") {
  const auto blocks =
      extract_prose("# Kop\n\nEen zin\nover twee regels.\n\n- punt\n\n| a | b |\n|---|---|\n| c | d |\n", 10);
  REQUIRE(blocks.size() == 7);
  CHECK(blocks[0].kind == ProseKind::kHeading);
  CHECK(blocks[0].text == "Kop");
  CHECK(blocks[1].text == "Een zin over twee regels.");
  CHECK(blocks[1].line == 12);
  CHECK(blocks[1].column == 1);
  CHECK(blocks[2].text == "punt");
  CHECK(blocks[2].line == 15);
  CHECK(blocks[2].column == 3);
  CHECK(blocks[3].kind == ProseKind::kTableCell);
  CHECK(blocks[6].text == "d");
}

TEST_CASE("code blocks are left out, inline code and link texts are marked", "[load][prose]") {
  const auto blocks = extract_prose("Zie `code` en [de pagina](a.md).\n\n```\nniet dit\n```\n", 1);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "Zie code en de pagina.");
  CHECK(blocks[0].marked == std::vector<std::pair<size_t, size_t>>{{4, 8}, {12, 21}});
}

TEST_CASE("a lokaal block is prose, placed inside its fence", "[load][prose]") {
  const auto blocks = extract_prose("Voor.\n\n```lokaal buch\nBij BUCH gaat het zo.\n```\n", 1);
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[1].text == "Bij BUCH gaat het zo.");
  CHECK(blocks[1].line == 4);
}
