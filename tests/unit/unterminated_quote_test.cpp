// yaml/unterminated_quote: a quoted scalar never closed is found at its
// opening quote; closed ones, quotes inside plain text, comments and block
// scalars are not.
#include "yaml/unterminated_quote.h"

#include <catch2/catch.hpp>

namespace handboek::yaml {

TEST_CASE("an unterminated quote is found at its opening quote", "[yaml]") {
  const auto title = find_unterminated_quote("title: \"Werkwijze\nsummary: Iets.\nowner: Team\n");
  REQUIRE(title);
  CHECK(title->line == 0);
  CHECK(title->column == 7);
  CHECK(title->quote == '"');

  const auto single = find_unterminated_quote("organisations:\n  - id: buch\n    name: 'BUCH\n  - id: wnk\n");
  REQUIRE(single);
  CHECK(single->line == 2);
  CHECK(single->column == 10);
  CHECK(single->quote == '\'');

  const auto in_list = find_unterminated_quote("pages:\n  - \"../processen/a.md\n");
  REQUIRE(in_list);
  CHECK(in_list->line == 1);
  CHECK(in_list->column == 4);

  const auto flow = find_unterminated_quote("forms: [a, \"b]\n");
  REQUIRE(flow);
  CHECK(flow->column == 11);
}

TEST_CASE("closed quotes, escapes, plain text, comments and block scalars pass", "[yaml]") {
  CHECK_FALSE(find_unterminated_quote("title: \"Werkwijze\"\nsummary: 'Jan''s plan'\n"));
  CHECK_FALSE(find_unterminated_quote("title: \"Zeg \\\"ja\\\" of nee\"\n"));
  CHECK_FALSE(find_unterminated_quote("title: Jan's dossier\nsummary: Het \"Mens in beeld model\n"));
  CHECK_FALSE(find_unterminated_quote("title: Plan # Jan's \"notitie\nowner: x\n"));
  CHECK_FALSE(find_unterminated_quote("# \"commentaar\ntitle: x\n"));
  CHECK_FALSE(find_unterminated_quote(
      "steps:\n  - step: a\n    text: |\n      Jan zegt: \"nee\n\n      En dan 'stil.\n  - step: b\n    text: >-\n"
      "      - \"open\n"));
  CHECK_FALSE(find_unterminated_quote("summary: \"een lange zin\n  die doorloopt\"\nowner: x\n"));
  CHECK_FALSE(find_unterminated_quote("\"sleutel met spatie\": waarde\n"));
  CHECK_FALSE(find_unterminated_quote(""));
}

}  // namespace handboek::yaml
