// The full-text search of the built site: Pagefind (npm package `pagefind`,
// see tools/search/ and docs/search.md) indexes the finished HTML of each
// version in the temporary output folder, before the atomic writer swaps it
// in, so a failed index never replaces the site. Each version gets its own
// bundle (<version>/pagefind/) and searches only its own pages.
//
// Without Pagefind the build still succeeds: search is off, the caller says
// so in one line, and the search box on the pages reports that search is not
// available.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"

namespace handboek::output {

// The list of bundle files a version's service worker keeps for searching
// offline, written in each bundle (<version>/pagefind/precache.json), and
// its limits (docs/offline.md).
inline constexpr const char* kSearchPrecacheList = "precache.json";
inline constexpr uintmax_t kSearchPrecacheFileBytes = 512 * 1024;
inline constexpr uintmax_t kSearchPrecacheBytes = 3 * 1024 * 1024;

struct SearchTool {
  std::filesystem::path executable;  // empty: search is off
  std::string off_reason;            // why it is off, for the user
  bool available() const { return !executable.empty(); }
};

// Where Pagefind is looked for, first match wins. Never in the site folder:
// the site comes from its authors (often a pull request), and a program it
// brings must not run on the build machine (docs/security.md).
//   1. $HANDBOEK_PAGEFIND: the executable to run; "off" (or empty) turns
//      search off;
//   2. the installation's own tools folder: tools/search/node_modules/.bin/
//      pagefind in the source tree this handboek was built from
//      (scripts/install-deps.sh installs it there), then in
//      <binary>/../share/handboek/;
//   3. `pagefind` on PATH (absolute entries only: a relative entry would
//      resolve inside whatever folder handboek runs in).
SearchTool find_search_tool();

// The same lookup with explicit inputs (for tests): `environment_value` is
// $HANDBOEK_PAGEFIND (null when unset), `installation_dirs` the folders of
// step 2 in order, `path_variable` the value of $PATH.
SearchTool find_search_tool(const char* environment_value, const std::vector<std::filesystem::path>& installation_dirs,
                            const std::string& path_variable);

// The glob of HTML files of the version in `version_folder`, leaving out the
// top-level folders of other versions (the root version holds versies/ and
// concept/): "{index.html,processen/**/*.html,…}".
std::string version_glob(const std::filesystem::path& version_folder, const std::vector<std::string>& nested_folders);

// A version's folder in the written site.
struct VersionFolder {
  std::string prefix;               // its URL prefix: "/", "/versies/2019.2/", "/concept/"
  std::vector<std::string> nested;  // its top-level folders that hold other versions
};

// Indexes each of `versions` of the site written in `site_folder`, leaving
// out their `nested` folders, so a version's index depends on its own pages
// only. REQUIRES: tool.available().
// A failure says why, with the indexer's own output.
base::Status build_search_index(const SearchTool& tool, const std::filesystem::path& site_folder,
                                const std::vector<VersionFolder>& versions);

}  // namespace handboek::output
