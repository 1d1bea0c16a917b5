// base/child_process: a tool starts in an empty private folder with only the
// minimal environment, whatever the caller's folder and environment hold.
#include "base/child_process.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "temp_site.h"

namespace handboek::base {
namespace {

TEST_CASE("a tool runs in an empty private folder, not in the caller's", "[child_process]") {
  const testing::TempDir site;
  testing::write_file(site.path() / "pagefind.yml", "output_path: /tmp/elders\n");
  const std::filesystem::path before = std::filesystem::current_path();
  std::filesystem::current_path(site.path());
  const ProcessResult listed = run_process({"/bin/sh", "-c", "pwd; ls -A; echo einde"});
  std::filesystem::current_path(before);
  REQUIRE(listed.started);
  CHECK(listed.exit_code == 0);
  const std::vector<std::string> lines = testing::split_lines(listed.output);
  REQUIRE(lines.size() == 2);  // the folder, nothing in it, "einde"
  CHECK(lines[0] != site.path().string());
  CHECK(lines[0].find("handboek-tool-") != std::string::npos);
  CHECK(lines[1] == "einde");
  CHECK_FALSE(std::filesystem::exists(lines[0]));  // removed afterwards
}

TEST_CASE("a tool gets only PATH, HOME, TMPDIR and LANG", "[child_process]") {
  ::setenv("PYTHONPATH", "/tmp/kwaadaardig", 1);
  ::setenv("PAGEFIND_OUTPUT_PATH", "/tmp/elders", 1);
  const ProcessResult run = run_process({"/usr/bin/env"});
  ::unsetenv("PYTHONPATH");
  ::unsetenv("PAGEFIND_OUTPUT_PATH");
  REQUIRE(run.started);
  std::vector<std::string> names;
  for (const std::string& line : testing::split_lines(run.output)) names.push_back(line.substr(0, line.find('=')));
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"HOME", "LANG", "PATH", "TMPDIR"});
}

TEST_CASE("the minimal environment keeps only absolute PATH entries", "[child_process]") {
  CHECK(minimal_environment(".:bin::/usr/bin:/bin", "/tmp/x") ==
        std::vector<std::string>{"PATH=/usr/bin:/bin", "HOME=/tmp/x", "TMPDIR=/tmp/x", "LANG=C.UTF-8"});
  CHECK(minimal_environment("", "/tmp/x")[0] == "PATH=/usr/bin:/bin");
}

TEST_CASE("a program is started only by its absolute path", "[child_process]") {
  const ProcessResult run = run_process({"sh", "-c", "true"});
  CHECK_FALSE(run.started);
}

}  // namespace
}  // namespace handboek::base
