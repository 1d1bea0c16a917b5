// Test support: a fixture site built once per test binary by the real
// `handboek build`, with its output read into memory, for the tests that
// look at what a reader gets (build_site_test, training_test, …).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "temp_site.h"

namespace handboek::testing {

struct BuiltSite {
  TempSite site;
  RunResult run;
  std::map<std::string, std::string> files;  // output path → bytes (when the build succeeded)

  // The file at output path `path`; throws when the build did not write it.
  const std::string& file(const std::string& path) const;
  // The <main> part of the page at `path`: what the page itself says.
  std::string main(const std::string& path) const;
};

// tests/fixtures/<name> (e.g. "sites/basic") copied and built with
// `handboek build -o OUT --quiet`, once per process and name.
const BuiltSite& built_fixture(std::string_view name);

}  // namespace handboek::testing
