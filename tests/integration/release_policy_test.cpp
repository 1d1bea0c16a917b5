// Releases never block: a problem found in an older release (a tag, which
// cannot be changed) is a warning naming the version, and that release is
// built best-effort with a broken link shown as marked text. Errors in the
// working tree and the newest release stay errors. `check` and `build` are
// one pipeline: same diagnostics, same exit status.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kAnne = handboek::testing::anne("2019-07-01T10:00:00+02:00");
const GitSignature kBram{"Bram Bakker", "bram@example.org", "2020-02-14T09:00:00+01:00"};

constexpr std::string_view kSite = R"(
-- site.yaml --
title: Testhandboek
-- content/_index.md --
---
title: Home
---
Welkom.
-- content/over/visie.md --
---
title: Visie
---
Lees ook [de werkwijze](werkwijze.md).
-- content/over/missie.md --
---
title: Missie
---
Onze missie.
)";

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// v2019.1 links to a page that does not exist; v2020.1 fixes the link.
struct BrokenOldRelease {
  TempSite site{kSite};
  GitFixture repo{site.root()};
  BrokenOldRelease() {
    repo.commit("Eerste versie", kAnne);
    repo.tag("v2019.1");
    repo.write("content/over/visie.md", "---\ntitle: Visie\n---\nLees ook [de missie](missie.md).\n");
    repo.commit("Link naar de missie", kBram);
    repo.tag("v2020.1");
  }
};

constexpr std::string_view kOldWarning =
    "content/over/visie.md:4:10: warning: link naar een pagina die niet bestaat: 'content/over/werkwijze.md' (versie "
    "2019.1)";

}  // namespace

TEST_CASE("an error in an older release is a warning naming the version, and build and check both pass",
          "[integration][releases]") {
  const BrokenOldRelease fixture;
  const RunResult check = run_handboek({"check", fixture.site.root().string()});
  CHECK(check.exit_code == 0);
  CHECK(check.diagnostics() == std::vector<std::string>{std::string(kOldWarning)});

  const fs::path out = fixture.site.beside("out");
  const RunResult build = run_handboek({"build", fixture.site.root().string(), "-o", out.string()});
  CHECK(build.exit_code == 0);
  CHECK(build.diagnostics() == check.diagnostics());

  // The old release is built best-effort: the link is its text, marked broken.
  const std::string old_page = read_file(out / "versies/2019.1/over/visie/index.html");
  CHECK(contains(old_page,
                 "<span class=\"link-kapot\">de werkwijze<span class=\"link-kapot-uitleg\"> (link werkt "
                 "niet)</span></span>"));
  CHECK_FALSE(contains(old_page, "href=\"\""));
  CHECK(contains(read_file(out / "over/visie/index.html"), "href=\"../missie/\""));
}

TEST_CASE("an error in the newest release stays an error for check and build alike", "[integration][releases]") {
  const TempSite site(kSite);
  const GitFixture repo(site.root());
  repo.commit("Eerste versie", kAnne);
  repo.tag("v2019.1");

  const RunResult check = run_handboek({"check", site.root().string()});
  const RunResult build = run_handboek({"build", site.root().string(), "-o", site.beside("out").string()});
  CHECK(check.exit_code == 1);
  CHECK(build.exit_code == 1);
  CHECK(check.errors() ==
        std::vector<std::string>{
            "content/over/visie.md:4:10: error: link naar een pagina die niet bestaat: 'content/over/werkwijze.md'"});
  CHECK(build.errors() == check.errors());
  CHECK_FALSE(fs::exists(site.beside("out")));
}

TEST_CASE("the working tree is validated even when only releases are published", "[integration][releases]") {
  const BrokenOldRelease fixture;
  // An edit that is not yet committed or tagged.
  fixture.site.write("content/over/missie.md", "---\ntitle: Missie\n---\nZie [het plan](plan.md).\n");
  const RunResult check = run_handboek({"check", fixture.site.root().string()});
  CHECK(check.exit_code == 1);
  CHECK(check.errors() ==
        std::vector<std::string>{
            "content/over/missie.md:4:5: error: link naar een pagina die niet bestaat: 'content/over/plan.md'"});
  const RunResult build =
      run_handboek({"build", fixture.site.root().string(), "-o", fixture.site.beside("out").string()});
  CHECK(build.exit_code == 1);
  CHECK(build.diagnostics() == check.diagnostics());
}

}  // namespace handboek::testing
