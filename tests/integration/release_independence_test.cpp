// A release's output depends only on its own tree, the theme, the config and
// the generator (issue 12 item 1): tagging a new release changes no file of
// the older releases, byte for byte. The version bar reads the list of
// versions from /versies/versies.json, which is the one place that changes.
#include <catch2/catch.hpp>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kAnne = handboek::testing::anne("2019-06-03T10:00:00+02:00");

// Files of `tree` below `folder` ("versies/2019.1/"), without the folder.
std::map<std::string, std::string> below(const std::map<std::string, std::string>& tree, const std::string& folder) {
  std::map<std::string, std::string> files;
  for (const auto& [path, bytes] : tree) {
    if (path.rfind(folder, 0) == 0) files.emplace(path.substr(folder.size()), bytes);
  }
  return files;
}

TEST_CASE("tagging a new release changes no file of the older releases", "[versions][cache]") {
  TempSite site(R"(
-- site.yaml --
title: Testhandboek
versions:
  tags: "v*"
  concept: true
)");
  const GitFixture repo(site.root());
  repo.write("content/_index.md", titled_page("Home", "Welkom."));
  repo.write("content/werkwijze/intake.md", titled_page("Intake", "De intake begint met een gesprek."));
  repo.write("content/werkwijze/overleg.md", titled_page("Overleg", "Het overleg is elke week."));
  repo.commit("Eerste versie", kAnne);
  repo.tag("v2019.1");
  repo.write("content/werkwijze/intake.md", titled_page("Intake", "De intake begint met een goed gesprek."));
  repo.commit("Intake aangescherpt", at(kAnne, "2019-09-02T10:00:00+02:00"));
  repo.tag("v2019.2");

  const fs::path first_out = site.beside("first");
  const RunResult first = run_handboek({"build", site.root().string(), "-o", first_out.string(), "--quiet"});
  REQUIRE(first.exit_code == 0);
  const auto before = read_tree(first_out);

  repo.remove("content/werkwijze/overleg.md");
  repo.write("content/werkwijze/nieuw.md", titled_page("Nieuwe werkwijze", "Consulenten werken in koppels."));
  repo.commit("Nieuwe werkwijze, overleg vervalt", at(kAnne, "2020-02-14T10:00:00+01:00"));
  repo.tag("v2020.1");
  const fs::path second_out = site.beside("second");
  const RunResult second = run_handboek({"build", site.root().string(), "-o", second_out.string(), "--quiet"});
  REQUIRE(second.exit_code == 0);
  const auto after = read_tree(second_out);

  const auto old_before = below(before, "versies/2019.1/");
  REQUIRE(old_before.count("werkwijze/overleg/index.html") == 1);
  REQUIRE(old_before.count("sw.js") == 1);
  CHECK(below(after, "versies/2019.1/") == old_before);
  // The release that was current moved to /versies/2019.2/; the list of
  // versions names all three and is the file that tells the pages about it.
  CHECK(after.count("versies/2019.2/werkwijze/intake/index.html") == 1);
  CHECK(after.at("versies/versies.json").find("\"2020.1 (actueel)\"") != std::string::npos);
  CHECK(before.at("versies/versies.json").find("2020.1") == std::string::npos);
}

}  // namespace
}  // namespace handboek::testing
