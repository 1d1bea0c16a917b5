// `handboek import`: a Word document made in the test with pandoc (a table,
// a table with a list in a cell, an image) becomes a page with front matter
// and its image beside it, and the site builds. Never overwrites; without
// pandoc a clear error.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::read_file;
using handboek::testing::run_handboek;
using handboek::testing::run_program;
using handboek::testing::TempSite;

namespace {

constexpr std::string_view kDocument = R"(---
title: Werkinstructie aanvraag
---

# Aanvraag

| Stap    | Wie          |
|---------|--------------|
| Intake  | Klantmanager |
| Besluit | Teamleider   |

+--------+-----------------+
| Kop    | Lange cel       |
+========+=================+
| a      | - lijst         |
|        | - twee          |
+--------+-----------------+

![Schema](schema.png){width=50%}
)";

// A site without pages yet, and beside it "Werkinstructie Aanvraag.docx"
// made by pandoc from kDocument and an image.
struct ImportFixture {
  TempSite site{"-- site.yaml --\ntitle: Import\n", false};
  std::filesystem::path docx = site.beside("Werkinstructie Aanvraag.docx");

  ImportFixture() {
    const auto source = site.beside("bron");
    handboek::testing::write_file(source / "werkinstructie.md", kDocument);
    std::filesystem::copy_file(handboek::testing::fixture_path("sites/mkdocs/content/aanvragen/schema.png"),
                               source / "schema.png");
    const auto made = run_program(
        {"pandoc", "--resource-path=" + source.string(), "-o", docx.string(), (source / "werkinstructie.md").string()});
    if (made.exit_code != 0) throw std::runtime_error("pandoc could not make the docx: " + made.err);
  }
};

}  // namespace

TEST_CASE("a Word document imports into a page that builds", "[integration][import]") {
  const ImportFixture fixture;
  const auto imported = run_handboek({"import", fixture.docx.string(), fixture.site.root().string()});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  CHECK(imported.out == "content/werkinstructie-aanvraag.md\ncontent/werkinstructie-aanvraag/\n");
  const std::string page = fixture.site.read("content/werkinstructie-aanvraag.md");
  CHECK(page.rfind("---\ntitle: \"Werkinstructie aanvraag\"\ntype: pagina\n---\n", 0) == 0);
  CHECK_THAT(page, Contains("| Intake  | Klantmanager |"));
  CHECK_THAT(page, Contains("| a   | lijst; twee |"));  // a list in a cell: one line
  CHECK_THAT(page, Contains("](werkinstructie-aanvraag/media/"));
  CHECK(page.find('<') == std::string::npos);  // no raw HTML, which would not be rendered
  // the title is the document's property; its first heading, another text,
  // stays as a chapter (h2), so the page has one <h1>
  CHECK_THAT(page, Contains("\n## Aanvraag\n"));
  CHECK_THAT(page, !Contains("\n# "));

  const auto built =
      run_handboek({"build", fixture.site.root().string(), "-o", fixture.site.beside("out").string(), "--quiet"});
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  CHECK(built.errors().empty());
  const std::string html = read_file(fixture.site.beside("out") / "werkinstructie-aanvraag/index.html");
  CHECK_THAT(html, Contains("<h1>Werkinstructie aanvraag</h1>"));
  CHECK(html.find("<h1") == html.rfind("<h1"));  // the title once
  CHECK_THAT(html, Contains("<td>Klantmanager</td>"));
  CHECK_THAT(html, Contains("<img src=\"media/"));
}

TEST_CASE("a Word document whose first heading is its title shows the title once", "[integration][import]") {
  TempSite site{"-- site.yaml --\ntitle: Import\n", false};
  const auto source = site.beside("bron.md");
  handboek::testing::write_file(
      source, "---\ntitle: Moreel beraad\n---\n\n# Moreel  Beraad\n\nTekst.\n\n# Voorbereiding\n\nMeer.\n");
  const auto docx = site.beside("Moreel beraad.docx");
  const auto made = run_program({"pandoc", "-o", docx.string(), source.string()});
  REQUIRE(made.exit_code == 0);
  const auto imported = run_handboek({"import", docx.string(), site.root().string()});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  const std::string page = site.read("content/moreel-beraad.md");
  CHECK(page.rfind("---\ntitle: \"Moreel beraad\"\ntype: pagina\n---\n\nTekst.\n", 0) == 0);
  CHECK_THAT(page, Contains("\n## Voorbereiding\n"));  // a chapter of the document: h2 under the title
  CHECK_THAT(page, !Contains("Moreel  Beraad"));
}

TEST_CASE("import never overwrites and names a wrong page type", "[integration][import]") {
  const ImportFixture fixture;
  REQUIRE(run_handboek({"import", fixture.docx.string(), fixture.site.root().string()}).exit_code == 0);
  const std::string first = fixture.site.read("content/werkinstructie-aanvraag.md");
  const auto again = run_handboek({"import", fixture.docx.string(), fixture.site.root().string()});
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.err, Contains("content/werkinstructie-aanvraag.md bestaat al; niets overschreven"));
  CHECK(fixture.site.read("content/werkinstructie-aanvraag.md") == first);

  const auto wrong_type =
      run_handboek({"import", fixture.docx.string(), "--type", "procedure", fixture.site.root().string()});
  CHECK(wrong_type.exit_code == 2);
  CHECK_THAT(wrong_type.err, Contains("onbekend paginatype 'procedure'"));
}

TEST_CASE("import without pandoc says so and writes nothing", "[integration][import]") {
  const ImportFixture fixture;
  const std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
  ::setenv("PATH", "/nonexistent", 1);  // the child inherits it
  const auto imported = run_handboek({"import", fixture.docx.string(), fixture.site.root().string()});
  ::setenv("PATH", path.c_str(), 1);
  CHECK(imported.exit_code == 1);
  CHECK_THAT(imported.err, Contains("pandoc niet gevonden in PATH"));
  CHECK_FALSE(std::filesystem::exists(fixture.site.root() / "content"));
}
