// yaml/yaml_reader: hostile YAML ends in one located error, never in a
// tree that expands without bound; duplicate keys and impossible dates are
// errors; deep nesting names its position.
#include "yaml/yaml_reader.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"

using handboek::base::Diagnostics;
using handboek::testing::formatted;
using handboek::yaml::YamlReader;
using Lines = std::vector<std::string>;

namespace {

struct Parsed {
  bool ok = false;
  Lines diagnostics;
};

Parsed parse(const std::string& text, int first_line = 1) {
  Diagnostics diagnostics;
  YamlReader reader("x.yaml", first_line, diagnostics);
  const auto root = reader.parse(text);
  return {root.has_value(), formatted(diagnostics)};
}

// "a: &a [x,x,…]\nb: &b [*a,*a,…]\n…": each level `width` times the one
// before — the billion laughs.
std::string alias_bomb(int levels, int width) {
  std::string text = "l0: &l0 [" + std::string("xxxxxxxxxx") + "]\n";
  for (int level = 1; level <= levels; ++level) {
    text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < width; ++i) text += (i ? ",*l" : "*l") + std::to_string(level - 1);
    text += "]\n";
  }
  return text;
}

}  // namespace

TEST_CASE("aliases that expand beyond the limit are one located error", "[yaml][hostile]") {
  const Parsed parsed = parse(alias_bomb(9, 10), 2);
  CHECK_FALSE(parsed.ok);
  CHECK(parsed.diagnostics ==
        Lines{"x.yaml:7:22: error: ongeldige YAML: de aliassen worden meer dan 100000 waarden of 4 MB tekst; schrijf "
              "de waarden uit of gebruik minder aliassen"});
}

TEST_CASE("a few aliases are fine", "[yaml]") {
  const Parsed parsed = parse("schaal: &schaal [ja, nee]\nvraag1: *schaal\nvraag2: *schaal\n");
  CHECK(parsed.ok);
  CHECK(parsed.diagnostics.empty());
}

TEST_CASE("more than 1000 aliases are an error", "[yaml][hostile]") {
  std::string text = "a: &a x\nb: [";
  for (int i = 0; i < 1001; ++i) text += i ? ",*a" : "*a";
  text += "]\n";
  const Parsed parsed = parse(text);
  CHECK_FALSE(parsed.ok);
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK_THAT(
      parsed.diagnostics[0],
      Catch::Matches("x\\.yaml:2:[0-9]+: error: ongeldige YAML: meer dan 1000 aliassen \\(\\*naam\\); schrijf de "
                     "waarden uit"));
}

TEST_CASE("a key given twice is an error at the second", "[yaml][hostile]") {
  const Parsed parsed = parse("title: Een\nowner: Anne\ntitle: Twee\n", 2);
  CHECK_FALSE(parsed.ok);
  CHECK(parsed.diagnostics == Lines{"x.yaml:4:1: error: ongeldige YAML: de sleutel 'title' staat hier twee keer"});
}

TEST_CASE("the same key in different mappings is fine", "[yaml]") {
  CHECK(parse("a:\n  id: 1\nb:\n  id: 2\nc: [{id: 1}, {id: 2}]\n").ok);
}

TEST_CASE("deep nesting is an error with its position", "[yaml][hostile]") {
  const Parsed parsed = parse("a: " + std::string(5000, '[') + std::string(5000, ']') + "\n");
  CHECK_FALSE(parsed.ok);
  CHECK(parsed.diagnostics == Lines{"x.yaml:1:67: error: ongeldige YAML: meer dan 64 niveaus diep genest"});
}

TEST_CASE("an impossible date is an error; 29 February only in a leap year", "[yaml][hostile]") {
  for (const auto& [date, valid] : std::vector<std::pair<std::string, bool>>{{"2019-04-31", false},
                                                                             {"2019-02-29", false},
                                                                             {"2020-02-29", true},
                                                                             {"1900-02-29", false},
                                                                             {"2000-02-29", true},
                                                                             {"2019-12-31", true}}) {
    Diagnostics diagnostics;
    YamlReader reader("x.yaml", 1, diagnostics);
    const auto root = reader.parse("review: " + date + "\n");
    REQUIRE(root);
    CHECK(reader.date(*root, "review").has_value() == valid);
    if (!valid) {
      CHECK(formatted(diagnostics) ==
            Lines{"x.yaml:1:9: error: 'review': " + date + " bestaat niet als dag in de kalender"});
    }
  }
}
