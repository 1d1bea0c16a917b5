// The same input gives byte-identical output: whatever the number of
// threads, the folder the site is in, or the output folder's name.
#include <catch2/catch.hpp>

#include "temp_site.h"

using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::TempSite;
using Files = std::map<std::string, std::string>;

namespace {

Files build_tree(const TempSite& site, const std::string& out, const std::string& jobs) {
  const auto run =
      run_handboek({"build", site.root().string(), "-o", site.beside(out).string(), "-j", jobs, "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return read_tree(site.beside(out));
}

// Names of the files that differ, for a readable failure.
std::vector<std::string> differences(const Files& a, const Files& b) {
  std::vector<std::string> names;
  for (const auto& [path, bytes] : a) {
    const auto other = b.find(path);
    if (other == b.end() || other->second != bytes) names.push_back(path);
  }
  for (const auto& [path, bytes] : b) {
    if (!a.count(path)) names.push_back(path);
  }
  return names;
}

}  // namespace

TEST_CASE("two builds of the same input give identical output trees", "[integration][determinism]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const Files first = build_tree(site, "out1", "1");
  const Files second = build_tree(site, "out2", "4");
  REQUIRE(first.size() > 15);
  CHECK(differences(first, second).empty());
}

TEST_CASE("rebuilding into the same folder gives the same bytes", "[integration][determinism]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const Files first = build_tree(site, "out", "2");
  const Files again = build_tree(site, "out", "2");
  CHECK(differences(first, again).empty());
}

TEST_CASE("the output does not depend on where the site folder is", "[integration][determinism]") {
  const TempSite here = TempSite::from_fixture("sites/basic");
  const TempSite there = TempSite::from_fixture("sites/basic");
  REQUIRE(here.root() != there.root());
  const Files a = build_tree(here, "out", "2");
  const Files b = build_tree(there, "elders", "2");
  CHECK(differences(a, b).empty());
  for (const auto& [path, bytes] : a) {
    INFO(path);
    CHECK(bytes.find(here.root().parent_path().string()) == std::string::npos);
  }
}
