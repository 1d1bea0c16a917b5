// A working tree that is exactly the newest release is loaded once: the
// release stands for it (history::work_tree_is_commit, issue 27). Anything
// that could make the two differ keeps the working tree's own load.
#include <catch2/catch.hpp>
#include <cctype>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "git_fixture.h"
#include "history/work_tree_status.h"
#include "source/git_repository.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kAnne{"Anne de Vries", "anne@example.org", "2020-01-15T09:30:00+01:00"};

// A site committed and tagged v2020.1; HEAD is the tag (until a test commits).
struct ReleasedSite {
  TempSite site{"-- site.yaml --\ntitle: Testhandboek\n"};
  GitFixture repo{site.root()};

  ReleasedSite() {
    repo.write(".gitignore", "public/\n*.tmp\n");
    repo.write("content/_index.md", "---\ntitle: Home\n---\nWelkom.\n");
    repo.write("content/intake.md", "---\ntitle: Intake\n---\nDe intake begint met een gesprek.\n");
    repo.commit("Eerste versie", kAnne);
    repo.annotated_tag("v2020.1", "Versie 2020.1", kAnne);
  }

  bool work_tree_is_release() const {
    const auto discovered = source::GitRepository::discover(site.root());
    REQUIRE(discovered.ok());
    const auto& repository = *discovered;
    std::string tagged = repo.git({"rev-parse", "v2020.1^{commit}"});
    while (!tagged.empty() && std::isspace(static_cast<unsigned char>(tagged.back()))) tagged.pop_back();
    return history::work_tree_is_commit(*repository, tagged);
  }

  // The stage lines of `--timings`: one "load+model" without a version
  // name is the working tree loaded on its own.
  bool loads_working_tree_apart() const {
    const RunResult run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--timings"});
    REQUIRE(run.exit_code == 0);
    std::istringstream lines(run.err);
    for (std::string line; std::getline(lines, line);) {
      const std::string stage = "timing: load+model ";
      const size_t at = line.find(stage);
      if (at == std::string::npos) continue;
      std::istringstream words(line.substr(at + stage.size()));
      std::vector<std::string> rest{std::istream_iterator<std::string>(words), {}};
      if (rest.size() == 2) return true;  // "<seconds> s": no version name
    }
    return false;
  }
};

TEST_CASE("a clean working tree at the release tag is that release", "[history][versions]") {
  ReleasedSite released;
  CHECK(released.work_tree_is_release());
  CHECK_FALSE(released.loads_working_tree_apart());
}

TEST_CASE("ignored files outside content/ and forms/ do not matter", "[history][versions]") {
  ReleasedSite released;
  released.repo.write("public/index.html", "<p>oud</p>");
  CHECK(released.work_tree_is_release());
}

TEST_CASE("a changed, new or ignored content file keeps the working tree's own load", "[history][versions]") {
  ReleasedSite released;
  SECTION("changed") {
    released.repo.write("content/intake.md", "---\ntitle: Intake\n---\nAnders.\n");
  }
  SECTION("staged") {
    released.repo.write("content/intake.md", "---\ntitle: Intake\n---\nAnders.\n");
    released.repo.git({"add", "content/intake.md"});
  }
  SECTION("untracked") {
    released.repo.write("content/nieuw.md", "---\ntitle: Nieuw\n---\nNieuw.\n");
  }
  SECTION("ignored inside content/") {
    released.repo.write("content/kladje.tmp", "klad");
  }
  SECTION("site.yaml changed") {
    released.repo.write("site.yaml", "title: Ander handboek\n");
  }
  CHECK_FALSE(released.work_tree_is_release());
  CHECK(released.loads_working_tree_apart());
}

TEST_CASE("a commit after the tag keeps the working tree's own load", "[history][versions]") {
  ReleasedSite released;
  released.repo.write("content/intake.md", "---\ntitle: Intake\n---\nAnders.\n");
  released.repo.commit("Intake aangepast", kAnne);
  CHECK_FALSE(released.work_tree_is_release());
  CHECK(released.loads_working_tree_apart());
}

TEST_CASE("a .gitattributes or a symlink in the tree keeps the working tree's own load", "[history][versions]") {
  ReleasedSite released;
  SECTION(".gitattributes") {
    released.repo.write(".gitattributes", "*.md text eol=crlf\n");
  }
  SECTION("symlink") {
    std::filesystem::create_symlink("intake.md", released.site.root() / "content/link.md");
  }
  released.repo.git({"add", "-A"});
  released.repo.commit("Bijzonder bestand", kAnne);
  released.repo.git({"tag", "-f", "-a", "v2020.1", "-m", "Versie 2020.1"}, &kAnne);
  CHECK_FALSE(released.work_tree_is_release());
}

}  // namespace
}  // namespace handboek::testing
