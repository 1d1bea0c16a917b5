// Every folder of tests/fixtures/invalid/ is a site with one defect; `handboek
// check` must print exactly its expected_diagnostics.txt (the summary line
// "handboek: N fout(en)" aside) and exit 1 (0 when it expects only
// warnings), and `handboek build` must write nothing.
#include <catch2/catch.hpp>

#include "temp_site.h"

using handboek::testing::fixture_path;
using handboek::testing::read_file;
using handboek::testing::run_handboek;
using handboek::testing::split_lines;
using handboek::testing::TempDir;
using handboek::testing::TempSite;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> invalid_cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fixture_path("invalid"))) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The fixtures live in plain temp folders: check and build both say so once
// (the same pipeline), which is not the defect under test.
std::vector<std::string> without_git_warning(std::vector<std::string> lines) {
  std::erase_if(lines, [](const std::string& line) { return line.rfind(".: warning: geen git-repository", 0) == 0; });
  return lines;
}

bool has_error(const std::vector<std::string>& lines) {
  return std::any_of(lines.begin(), lines.end(),
                     [](const std::string& line) { return line.find(": error: ") != std::string::npos; });
}

}  // namespace

TEST_CASE("every invalid site prints exactly its expected diagnostics", "[integration][invalid]") {
  const auto cases = invalid_cases();
  REQUIRE(cases.size() >= 15);
  for (const std::string& name : cases) {
    DYNAMIC_SECTION(name) {
      const fs::path expected_file = fixture_path("invalid") / name / "expected_diagnostics.txt";
      REQUIRE(fs::exists(expected_file));
      const std::vector<std::string> expected = split_lines(read_file(expected_file));
      REQUIRE_FALSE(expected.empty());

      TempSite site = TempSite::from_fixture("invalid/" + name);
      fs::remove(site.root() / "expected_diagnostics.txt");
      const auto check = run_handboek({"check", site.root().string()});
      INFO(check.err);
      CHECK(without_git_warning(check.diagnostics()) == expected);
      CHECK(check.exit_code == (has_error(expected) ? 1 : 0));
      CHECK(check.out.empty());

      if (has_error(expected)) {
        const auto build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string()});
        CHECK(build.exit_code == 1);
        CHECK(build.errors() == check.errors());
        CHECK_FALSE(fs::exists(site.beside("out")));
        CHECK_FALSE(fs::exists(site.root() / "public"));
      }
    }
  }
}

TEST_CASE("the summary line counts the errors", "[integration][invalid]") {
  TempSite site = TempSite::from_fixture("invalid/broken-link");
  const auto check = run_handboek({"check", site.root().string()});
  CHECK(split_lines(check.err).back() == "handboek: 1 fout(en)");
}

TEST_CASE("a symlink escaping the site is skipped with a warning and never published", "[integration][invalid]") {
  const TempDir outside;
  handboek::testing::write_file(outside.path() / "geheim.md",
                                "---\ntitle: Geheim\n---\nHet wachtwoord is zwaardvis.\n");
  TempSite site = TempSite::from_fixture("sites/basic");
  fs::create_symlink(outside.path() / "geheim.md", site.root() / "content" / "over" / "geheim.md");
  fs::create_directory_symlink(outside.path(), site.root() / "content" / "buiten");

  const auto check = run_handboek({"check", site.root().string()});
  CHECK(check.exit_code == 0);
  CHECK(without_git_warning(check.diagnostics()) == std::vector<std::string>{
                                                        "content/buiten: warning: overgeslagen: geen gewoon bestand in "
                                                        "de site (een symbolische link naar buiten de site?)",
                                                        "content/over/geheim.md: warning: overgeslagen: geen gewoon "
                                                        "bestand in de site (een symbolische link naar buiten de "
                                                        "site?)",
                                                    });

  const auto build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  REQUIRE(build.exit_code == 0);
  for (const auto& [path, bytes] : handboek::testing::read_tree(site.beside("out"))) {
    INFO(path);
    CHECK(bytes.find("zwaardvis") == std::string::npos);
    CHECK(path.find("geheim") == std::string::npos);
  }
}

TEST_CASE("a site folder without site.yaml is a content error", "[integration][invalid]") {
  const TempSite site("-- content/_index.md --\n---\ntitle: Home\n---\n");
  const auto check = run_handboek({"check", site.root().string()});
  CHECK(check.exit_code == 1);
  CHECK(check.diagnostics() ==
        std::vector<std::string>{"site.yaml: error: site.yaml ontbreekt; de map van een site heeft er een nodig"});
}
