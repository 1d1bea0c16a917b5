// Handbooks written for other generators build as they are (issue 11):
// fixtures in the styles of MkDocs (index.md, no front matter), GitHub
// (README.md, a link before the first heading, mixed-case names) and
// Docusaurus (folders without index pages, links without ".md"). None has
// a themes/ folder: the default theme comes with the binary.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::copy_fixture;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::RunResult;
using handboek::testing::TempSite;

namespace {

struct BuiltFixture {
  TempSite site{"", false};  // no themes/: the installed default theme is used
  RunResult run;
  std::map<std::string, std::string> files;

  explicit BuiltFixture(std::string_view fixture) {
    copy_fixture(fixture, site.root());
    const handboek::testing::GitFixture repo(site.root());
    repo.commit("Handboek overgenomen", handboek::testing::anne("2026-11-02T10:00:00+01:00"));
    run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
    if (run.exit_code == 0) files = read_tree(site.beside("out"));
  }
  const std::string& html(const std::string& path) const {
    const auto found = files.find(path);
    if (found == files.end()) throw std::runtime_error("not built: " + path);
    return found->second;
  }
  // The <main> part of a page: what the page itself says.
  std::string main(const std::string& path) const {
    const std::string& page = html(path);
    const size_t start = page.find("<main");
    const size_t end = page.find("</main>");
    return start == std::string::npos ? page : page.substr(start, end - start);
  }
};

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("an MkDocs handbook (index.md, no front matter) builds without a theme of its own", "[integration][byo]") {
  const BuiltFixture built("sites/mkdocs");
  INFO(built.run.err);
  REQUIRE(built.run.exit_code == 0);
  // Nothing to fix but the words the Dutch dictionary does not know ("MkDocs").
  for (const std::string& diagnostic : built.run.diagnostics())
    CHECK_THAT(diagnostic, Contains("warning: unknown word"));
  CHECK_THAT(built.main("aanvragen/bijzondere-bijstand/index.html"), Contains("Handboek overgenomen"));  // history
  // index.md is the folder's page; the home page is content/index.md.
  CHECK(built.files.count("index.html") == 1);
  CHECK(built.files.count("aanvragen/index.html") == 1);
  CHECK(built.files.count("aanvragen/index/index.html") == 0);
  // The title is the first level-1 heading, shown once.
  const std::string page = built.main("aanvragen/bijzondere-bijstand/index.html");
  CHECK_THAT(built.html("aanvragen/bijzondere-bijstand/index.html"), Contains("<title>Bijzondere bijstand"));
  CHECK(count(page, "Bijzondere bijstand</h1>") == 1);
  // Links in MkDocs style: encoded names, "./", a folder, site-absolute, index.md with an anchor.
  CHECK_THAT(page, Contains("href=\"../Spoedaanvraag%20Voedselbank/\""));
  CHECK_THAT(page, Contains("href=\"../\""));
  CHECK_THAT(page, Contains("href=\"../#aanvragen\""));
  CHECK_THAT(page, Contains("src=\"../schema.png\""));
  CHECK(built.files.count("aanvragen/schema.png") == 1);
  CHECK(built.files.count("aanvragen/Spoedaanvraag Voedselbank/index.html") == 1);
  CHECK_THAT(built.main("index.html"), Contains("href=\"aanvragen/bijzondere-bijstand/#voorwaarden\""));
}

TEST_CASE("a GitHub handbook (README.md, a link before the first heading) builds", "[integration][byo]") {
  const BuiltFixture built("sites/github");
  INFO(built.run.err);
  REQUIRE(built.run.exit_code == 0);
  CHECK(built.run.diagnostics().empty());
  const std::string home = built.main("index.html");
  CHECK_THAT(built.html("index.html"), Contains("<title>Handboek Team Werk"));
  CHECK(count(home, "Handboek Team Werk</h1>") == 1);
  CHECK_THAT(home, Contains("href=\"werkinstructies/\""));  // README.md and a folder link: the section page
  CHECK_THAT(home, Contains("href=\"werkinstructies/intake/\""));
  CHECK_THAT(home, Contains("href=\"werkinstructies/Aanvraag-Uitkering/\""));
  // A link written in another case than the file still reaches it.
  CHECK_THAT(built.main("werkinstructies/Aanvraag-Uitkering/index.html"),
             Contains("href=\"../intake/#wat-je-meeneemt\""));
  // No heading at all: the title is the file name made readable.
  CHECK_THAT(built.html("werkinstructies/intake/index.html"), Contains("<title>Intake"));
}

TEST_CASE("a Docusaurus handbook (no index pages) gets generated section and home pages", "[integration][byo]") {
  const BuiltFixture built("sites/docusaurus");
  INFO(built.run.err);
  REQUIRE(built.run.exit_code == 0);
  CHECK(built.run.errors().empty());
  // Docusaurus's `sidebar_position` orders the page as `weight` does (issue 32).
  CHECK_THAT(built.run.err, !Contains("sidebar_position"));
  const std::string home = built.main("index.html");
  CHECK_THAT(built.html("index.html"), Contains("<title>Docs Participatie"));
  CHECK_THAT(home, Contains("href=\"handleiding/\""));
  CHECK_THAT(home, Contains("href=\"intro/\""));
  const std::string section = built.main("handleiding/index.html");
  CHECK_THAT(section, Contains(">Handleiding</h1>"));
  CHECK_THAT(section, Contains("href=\"gevorderd/\""));
  CHECK_THAT(section, Contains("href=\"eerste-stappen/\""));
  CHECK(built.files.count("handleiding/gevorderd/index.html") == 1);
  // Front matter's title wins over the heading, which then stays.
  CHECK_THAT(built.html("handleiding/eerste-stappen/index.html"), Contains("<title>Eerste stappen"));
  CHECK_THAT(built.main("handleiding/eerste-stappen/index.html"), Contains(">Aan de slag</h1>"));
  // Links without ".md" (Docusaurus ids).
  CHECK_THAT(built.main("handleiding/gevorderd/instellingen/index.html"), Contains("href=\"../../eerste-stappen/\""));
}

TEST_CASE("broken_links: warning builds a handbook whose links are still being fixed", "[integration][byo]") {
  TempSite site{"", false};
  site.write("site.yaml", "title: Overgenomen handboek\nbroken_links: warning\n");
  site.write("content/index.md",
             "# Welkom\n\nLees [de werkwijze](werkwijze.md) en [de intake](intake.md#stappen).\n\n"
             "![Het schema](schema.png)\n");
  site.write("content/intake.md", "# Intake\n\n## Aanmelding\n");
  const RunResult run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.errors().empty());
  CHECK_THAT(run.err,
             Contains("content/index.md:3:6: warning: link naar een pagina die niet bestaat: 'content/werkwijze.md'"));
  CHECK_THAT(run.err, Contains("content/index.md:3:38: warning: geen anker '#stappen' in content/intake.md"));
  CHECK_THAT(run.err,
             Contains("content/index.md:5:1: warning: link naar een pagina die niet bestaat: 'content/schema.png'"));
  const std::string home = handboek::testing::read_file(site.beside("out") / "index.html");
  // Never a dead link: the text stays, marked.
  CHECK_THAT(home, Contains("link-kapot"));
  CHECK_THAT(home, !Contains("href=\"werkwijze"));
  CHECK_THAT(home, !Contains("schema.png"));

  // Without the key the same links stop the build.
  site.write("site.yaml", "title: Overgenomen handboek\n");
  const RunResult strict = run_handboek({"check", site.root().string()});
  CHECK(strict.exit_code == 1);
  CHECK(strict.errors().size() == 3);
}

TEST_CASE("broken_links takes only error or warning", "[integration][byo]") {
  TempSite site{"", false};
  site.write("site.yaml", "title: Handboek\nbroken_links: negeren\n");
  site.write("content/index.md", "# Welkom\n");
  const RunResult run = run_handboek({"check", site.root().string()});
  CHECK(run.exit_code == 1);
  CHECK(run.errors() ==
        std::vector<std::string>{"site.yaml:2:15: error: broken_links moet 'error' of 'warning' zijn, niet 'negeren'"});
}
