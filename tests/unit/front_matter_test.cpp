// load/front_matter: splitting the `---` block from the body, with the line
// numbers every later diagnostic relies on.
#include "load/front_matter.h"

#include <catch2/catch.hpp>

using handboek::load::split_front_matter;
using handboek::load::SplitError;

TEST_CASE("front matter and body are split at the closing fence", "[load][front_matter]") {
  SplitError error;
  const auto split = split_front_matter("---\ntitle: Mens in beeld\nweight: 10\n---\n# Kop\n\nTekst.\n", &error);
  REQUIRE(split);
  CHECK(split->front_matter == "title: Mens in beeld\nweight: 10\n");
  CHECK(split->front_matter_line == 2);
  CHECK(split->body == "# Kop\n\nTekst.\n");
  CHECK(split->body_line == 5);
}

TEST_CASE("the body line counts every line of the front matter", "[load][front_matter]") {
  const auto split = split_front_matter("---\na: 1\nb: |\n  x\n  y\n\nc: 2\n---\nfirst body line\n", nullptr);
  REQUIRE(split);
  CHECK(split->body_line == 9);
  CHECK(split->body == "first body line\n");
}

TEST_CASE("CRLF line ends and trailing spaces on the fences are accepted", "[load][front_matter]") {
  const auto split = split_front_matter("---  \r\ntitle: x\r\n---\t\r\nbody\r\n", nullptr);
  REQUIRE(split);
  CHECK(split->front_matter == "title: x\r\n");
  CHECK(split->body == "body\r\n");
  CHECK(split->body_line == 4);
}

TEST_CASE("a UTF-8 byte order mark before the first fence is skipped", "[load][front_matter]") {
  const auto split = split_front_matter("\xEF\xBB\xBF---\ntitle: x\n---\nbody", nullptr);
  REQUIRE(split);
  CHECK(split->front_matter == "title: x\n");
  CHECK(split->body == "body");
}

TEST_CASE("the YAML document end marker closes the front matter too", "[load][front_matter]") {
  const auto split = split_front_matter("---\ntitle: x\n...\nbody\n", nullptr);
  REQUIRE(split);
  CHECK(split->front_matter == "title: x\n");
  CHECK(split->body_line == 4);
}

TEST_CASE("an empty front matter and an empty body are allowed", "[load][front_matter]") {
  const auto split = split_front_matter("---\n---", nullptr);
  REQUIRE(split);
  CHECK(split->front_matter.empty());
  CHECK(split->body.empty());
  CHECK(split->body_line == 3);
}

TEST_CASE("a horizontal rule in the body is not a fence", "[load][front_matter]") {
  const auto split = split_front_matter("---\ntitle: x\n---\nboven\n\n---\n\nonder\n", nullptr);
  REQUIRE(split);
  CHECK(split->body == "boven\n\n---\n\nonder\n");
}

TEST_CASE("a file without an opening fence is an error on line 1", "[load][front_matter]") {
  SplitError error;
  CHECK_FALSE(split_front_matter("title: x\n---\nbody\n", &error));
  CHECK(error.line == 1);
  CHECK(error.message == "de front matter ontbreekt: het bestand moet beginnen met een regel '---'");
  // Text before the fence, even blank lines, is not allowed either.
  CHECK_FALSE(split_front_matter("\n---\ntitle: x\n---\n", &error));
  CHECK(error.line == 1);
}

TEST_CASE("a front matter that is never closed is an error at its opening fence", "[load][front_matter]") {
  SplitError error;
  CHECK_FALSE(split_front_matter("---\ntitle: x\n\n# Kop\n", &error));
  CHECK(error.line == 1);
  CHECK(error.message == "de front matter wordt niet afgesloten: zet er een regel '---' onder");
}

TEST_CASE("an empty file is missing its front matter", "[load][front_matter]") {
  SplitError error;
  CHECK_FALSE(split_front_matter("", &error));
  CHECK(error.message == "de front matter ontbreekt: het bestand moet beginnen met een regel '---'");
}
