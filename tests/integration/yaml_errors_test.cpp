// Structural YAML errors (issue 28): an unterminated quoted value is an
// error at its line and column in every place YAML is read — a page's front
// matter, a form, site.yaml — never a value that silently swallows the keys
// after it.
#include <catch2/catch.hpp>

#include "temp_site.h"

namespace handboek::testing {
namespace {

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
organisations:
  - id: buch
    name: BUCH
-- content/_index.md --
---
title: Home
---
Welkom.
-- forms/intake.yaml --
title: Intake
version: 1
sections:
  - title: Gegevens
    fields:
      - id: naam
        type: short_text
        label: Naam
)";

bool contains_line(const std::vector<std::string>& lines, std::string_view wanted) {
  for (const std::string& line : lines) {
    if (line.find(wanted) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("an unterminated quote is an error at its line and column in front matter, forms and site.yaml",
          "[integration][yaml]") {
  const TempSite site(kSite);
  REQUIRE(run_handboek({"check", site.root().string()}).errors().empty());

  site.write("content/werkwijze.md", "---\ntitle: \"Werkwijze\nsummary: Hoe wij werken.\n---\nTekst.\n");
  RunResult check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains_line(check.errors(),
                      "content/werkwijze.md:2:8: error: ongeldige YAML: de waarde die hier met "
                      "\" begint, wordt nergens gesloten"));
  site.write("content/werkwijze.md", "---\ntitle: Werkwijze\n---\nTekst.\n");

  site.write("forms/intake.yaml", "title: Intake\nversion: 1\nsections:\n  - title: 'Gegevens\n    fields: []\n");
  check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains_line(check.errors(),
                      "forms/intake.yaml:4:12: error: ongeldige YAML: de waarde die hier met "
                      "' begint, wordt nergens gesloten"));
  site.write("forms/intake.yaml",
             "title: Intake\nversion: 1\nsections:\n  - title: Gegevens\n    fields:\n      - id: naam\n"
             "        type: short_text\n        label: Naam\n");

  site.write("site.yaml", "title: \"Testhandboek\norganisations:\n  - id: buch\n    name: BUCH\n");
  check = run_handboek({"check", site.root().string()});
  INFO(check.err);
  CHECK(check.exit_code == 1);
  CHECK(contains_line(check.errors(),
                      "site.yaml:1:8: error: ongeldige YAML: de waarde die hier met \" "
                      "begint, wordt nergens gesloten"));
  const RunResult build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "-q"});
  CHECK(build.exit_code == 1);
  CHECK_FALSE(fs::exists(site.beside("out")));
}

}  // namespace handboek::testing
