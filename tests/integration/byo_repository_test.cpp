// A repository written for MkDocs or Docusaurus builds where it stands
// (issue 32, item 5): pages in docs/ (or site.yaml's content_dir), and
// without a site.yaml the title, folder and menu order from mkdocs.yml;
// mkdocs.yml's custom tags (`!!python/name:`, `!ENV`) are ignored. The
// site's own CSS is left out with a warning, its SVG logo published
// sanitised, and a release tag is found in the same folder.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::testing::copy_fixture;
using handboek::testing::GitFixture;
using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::RunResult;
using handboek::testing::TempSite;

namespace {

const handboek::testing::GitSignature kAnne = handboek::testing::anne("2026-11-02T10:00:00+01:00");

struct Repository {
  TempSite site{"", false};  // no themes/: the installed default theme
  std::unique_ptr<GitFixture> git;

  explicit Repository(std::string_view fixture) {
    copy_fixture(fixture, site.root());
    git = std::make_unique<GitFixture>(site.root());
    git->commit("Handboek overgenomen", kAnne);
  }
  RunResult build() const {
    return run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  }
  std::map<std::string, std::string> files() const { return read_tree(site.beside("out")); }
};

// Where each of `needles` first occurs in `text`, in the order given; true
// when they occur in that order.
bool in_order(const std::string& text, const std::vector<std::string>& needles) {
  size_t previous = 0;
  for (const std::string& needle : needles) {
    const size_t at = text.find(needle, previous);
    if (at == std::string::npos) return false;
    previous = at + needle.size();
  }
  return true;
}

// The home page's list of what the handbook holds (its sections and pages).
std::string menu_of(const std::string& page) {
  const size_t start = page.find("class=\"home-sections\"");
  const size_t end = page.find("</nav>", start);
  return start == std::string::npos ? "" : page.substr(start, end - start);
}

// The <main> part of a page.
std::string main_of(const std::string& page) {
  const size_t start = page.find("<main");
  const size_t end = page.find("</main>");
  return start == std::string::npos ? page : page.substr(start, end - start);
}

}  // namespace

TEST_CASE("an MkDocs repository builds without a site.yaml: title, docs/ and menu order from mkdocs.yml",
          "[integration][byo]") {
  const Repository repo("sites/mkdocs-repo");
  const RunResult run = repo.build();
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.errors().empty());
  const auto files = repo.files();
  REQUIRE(files.count("index.html") == 1);
  CHECK_THAT(files.at("index.html"), Contains("Teamhandboek Schuldhulp"));
  // nav's order, not the alphabet (Bijeenkomsten, Over het team, Werkwijze).
  CHECK(in_order(menu_of(files.at("index.html")), {"werkwijze/", "team/", "agenda/"}));
  // Within a section too: Intake, Budgetplan, Afsluiten.
  CHECK(in_order(main_of(files.at("werkwijze/index.html")), {"intake/", "budgetplan/", "afsluiten/"}));
  // History follows docs/.
  CHECK_THAT(files.at("werkwijze/intake/index.html"), Contains("Handboek overgenomen"));
  // The logo is published after sanitising; the site's CSS is left out with a warning that names docs/.
  CHECK(files.count("assets/logo.svg") == 1);
  CHECK(files.count("stylesheets/extra.css") == 0);
  CHECK_THAT(run.err, Contains("docs/stylesheets/extra.css"));
  // Messages name the file where the editor finds it.
  CHECK_THAT(run.err, !Contains("content/"));
  // The external link of nav is not a page; mkdocs.yml's tags are no error.
  CHECK_THAT(run.err, !Contains("mkdocs.yml"));
}

TEST_CASE("an MkDocs repository with a two-line site.yaml keeps mkdocs.yml's folder and menu order",
          "[integration][byo]") {
  const Repository repo("sites/mkdocs-repo");
  repo.site.write("site.yaml",
                  "title: Schuldhulp\nbroken_links: warning\n"
                  "edit_url: https://git.example.org/team/handboek/edit/main/{pad}\n");
  const RunResult run = repo.build();
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto files = repo.files();
  CHECK_THAT(files.at("index.html"), Contains("<title>Schuldhulp"));
  CHECK(in_order(menu_of(files.at("index.html")), {"werkwijze/", "team/", "agenda/"}));
  // The edit link names the file in the repository.
  CHECK_THAT(files.at("team/index.html"), Contains("https://git.example.org/team/handboek/edit/main/docs/team.md"));
}

TEST_CASE("a release tag of a docs/ repository is found in docs/", "[integration][byo]") {
  const Repository repo("sites/mkdocs-repo");
  repo.git->tag("v2026.1");
  repo.site.write("docs/team.md", "# Over het team\n\nHet team heeft nu ook een budgetcoach.\n");
  repo.git->commit("Budgetcoach erbij", kAnne);
  const RunResult run = repo.build();
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, !Contains("is skipped"));
  const auto files = repo.files();
  // The release is the root; the working tree's change is not published there.
  CHECK_THAT(files.at("team/index.html"), !Contains("budgetcoach"));
  CHECK_THAT(files.at("team/index.html"), Contains("2026.1"));
  // The spelling answers are kept in the build cache; the next build, which
  // reads them instead of the dictionary, reports the same.
  CHECK(std::filesystem::is_regular_file(repo.site.root() / ".handboek-cache/spelling.txt"));
  const RunResult again = repo.build();
  CHECK(again.exit_code == 0);
  CHECK(again.diagnostics() == run.diagnostics());
}

TEST_CASE("content_dir in site.yaml names the folder of the pages", "[integration][byo]") {
  TempSite site{"", false};
  site.write("site.yaml", "title: Handboek\ncontent_dir: paginas\n");
  site.write("paginas/index.md", "# Welkom\n\nLees de [intake](intake.md).\n");
  site.write("paginas/intake.md", "# Intake\n\nHet eerste gesprek.\n");
  site.write("paginas/kapot.md", "# Kapot\n\nEen [link](nergens.md).\n");
  const RunResult run = run_handboek({"check", site.root().string()});
  CHECK(run.exit_code == 1);
  // The error names the file as it is on disk.
  CHECK_THAT(run.err, Contains("paginas/kapot.md:3:5: error: link naar een pagina die niet bestaat"));
  std::filesystem::remove(site.root() / "paginas/kapot.md");
  const RunResult build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  INFO(build.err);
  REQUIRE(build.exit_code == 0);
  CHECK(read_tree(site.beside("out")).count("intake/index.html") == 1);

  site.write("site.yaml", "title: Handboek\ncontent_dir: ../elders\n");
  const RunResult outside = run_handboek({"check", site.root().string()});
  CHECK(outside.exit_code == 1);
  CHECK_THAT(outside.err, Contains("site.yaml:2:14: error: content_dir moet een map in de site zijn"));
}

TEST_CASE("a Docusaurus repository builds without a site.yaml: docs/, sidebar_position and _category_.json",
          "[integration][byo]") {
  const Repository repo("sites/docusaurus-repo");
  const RunResult run = repo.build();
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.errors().empty());
  CHECK_THAT(run.err, !Contains("sidebar_position"));
  const auto files = repo.files();
  // The title read from docusaurus.config.js as text (never run).
  CHECK_THAT(files.at("index.html"), Contains("<title>Werkinstructies Participatie"));
  // sidebar_position of pages and _category_.json's position of a folder, its label as the section's title.
  // (The home page lists the sections, then the pages.)
  CHECK(in_order(menu_of(files.at("index.html")), {"beleid/", "aanvragen/", "welkom/", "contact/"}));
  CHECK_THAT(files.at("aanvragen/index.html"), Contains("<title>Aanvragen behandelen"));
  CHECK_THAT(run.err, !Contains("_category_"));
  CHECK(files.count("aanvragen/_category_.json") == 0);
  CHECK(in_order(main_of(files.at("aanvragen/index.html")), {"nieuwe-aanvraag/", "beoordeling/"}));
  CHECK_THAT(files.at("aanvragen/nieuwe-aanvraag/index.html"), Contains("href=\"../beoordeling/\""));
}

TEST_CASE("an mkdocs.yml that is not YAML is a warning; site.yaml still builds the site", "[integration][byo]") {
  TempSite site{"", false};
  site.write("site.yaml", "title: Handboek\n");
  site.write("mkdocs.yml", "site_name: [niet gesloten\nnav:\n  - : :\n");
  site.write("docs/index.md", "# Welkom\n\nHet handboek.\n");
  const RunResult run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, Contains("mkdocs.yml: warning: mkdocs.yml is geen YAML die handboek kan lezen"));
  CHECK(read_tree(site.beside("out")).count("index.html") == 1);
}

TEST_CASE("a page of an MkDocs handbook keeps building when handboek cannot read its front matter",
          "[integration][byo]") {
  const Repository repo("sites/mkdocs-repo");
  // MkDocs (PyYAML) takes a key twice, and front matter with nothing in it;
  // its own keys (hide, icon) are not handboek's to judge.
  repo.site.write("docs/team.md", "---\nhide:\n  - toc\nicon: team\nhide:\n  - navigation\n---\n\n# Over het team\n");
  repo.site.write("docs/agenda.md", "---\n---\n\n# Bijeenkomsten\n");
  const RunResult run = repo.build();
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.diagnostics().size() == 2);  // the CSS file and this:
  CHECK_THAT(run.err, Contains("docs/team.md:5:1: warning: front matter niet gelezen (ongeldige YAML: de sleutel "
                               "'hide' staat hier twee keer); de pagina wordt zonder gebouwd"));
  CHECK(repo.files().count("team/index.html") == 1);
  CHECK(repo.files().count("agenda/index.html") == 1);
}

TEST_CASE("handboek import puts the page in the content folder of a MkDocs repository", "[integration][byo][import]") {
  const Repository repo("sites/mkdocs-repo");
  const auto document = repo.site.beside("Werkinstructie Intake.md");
  handboek::testing::write_file(document, "# Werkinstructie intake\n\nZo verloopt de intake.\n");
  const RunResult run = run_handboek({"import", document.string(), repo.site.root().string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out == "docs/werkinstructie-intake.md\n");
  CHECK(std::filesystem::exists(repo.site.root() / "docs/werkinstructie-intake.md"));
  CHECK_FALSE(std::filesystem::exists(repo.site.root() / "content"));
}
