// output/search_indexer: where Pagefind is found, which HTML each version's
// index covers, and that a failing indexer leaves the previous site intact
// (it runs in the atomic writer's before-swap hook). The indexer here is a
// small shell script that records its arguments, so the tests do not need
// npm; the real Pagefind is exercised by the browser tests.
#include "output/search_indexer.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "output/atomic_writer.h"
#include "temp_site.h"

using Catch::Matchers::Contains;
using handboek::base::OutputTree;
using handboek::output::build_search_index;
using handboek::output::find_search_tool;
using handboek::output::SearchTool;
using handboek::output::version_glob;
using handboek::output::write_atomically;
using handboek::testing::read_file;
using handboek::testing::TempDir;
using handboek::testing::write_file;
namespace fs = std::filesystem;

namespace {

fs::path executable(const fs::path& path, const std::string& script = "#!/bin/sh\nexit 0\n") {
  write_file(path, script);
  ::chmod(path.c_str(), 0755);
  return path;
}

// A stand-in for Pagefind: logs "--site X --glob Y" and writes a bundle
// with the files the real one writes (UI files included).
constexpr const char* kFakePagefind = R"(#!/bin/sh
while [ $# -gt 0 ]; do
  case "$1" in
    --site) site=$2; shift ;;
    --glob) glob=$2; shift ;;
  esac
  shift
done
echo "$site $glob" >> "$(dirname "$0")/calls.log"
mkdir -p "$site/pagefind/index"
echo '{"version":"1.6.0","languages":{"nl":{"hash":"nl_1","wasm":"nl","page_count":1}}}' > "$site/pagefind/pagefind-entry.json"
for f in pagefind.js pagefind-worker.js pagefind-ui.js pagefind-ui.css pagefind-highlight.js pagefind-modular-ui.js \
         pagefind-component-ui.js wasm.nl.pagefind wasm.unknown.pagefind index/nl_1.pf_index; do
  echo x > "$site/pagefind/$f"
done
)";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

}  // namespace

TEST_CASE("Pagefind is looked for in a fixed order, never in the site folder", "[output][search][security]") {
  TempDir temp;
  const fs::path site = temp.path() / "site";
  const fs::path source = temp.path() / "source";
  const fs::path share = temp.path() / "share";
  const fs::path bin = temp.path() / "bin";
  const std::string package = "tools/search/node_modules/.bin/pagefind";

  SECTION("nothing found: search is off, with a reason that says how to install it") {
    const SearchTool tool = find_search_tool(nullptr, {source, share}, bin.string());
    CHECK_FALSE(tool.available());
    CHECK_THAT(tool.off_reason, Contains("install-deps.sh"));
  }
  SECTION("PATH, then the installation's tools folders, then $HANDBOEK_PAGEFIND") {
    const fs::path on_path = executable(bin / "pagefind");
    CHECK(find_search_tool(nullptr, {source, share}, "/nonexistent:" + bin.string()).executable == on_path);
    const fs::path in_share = executable(share / package);
    CHECK(find_search_tool(nullptr, {source, share}, bin.string()).executable == in_share);
    const fs::path in_source = executable(source / package);
    CHECK(find_search_tool(nullptr, {source, share}, bin.string()).executable == in_source);
    const fs::path chosen = executable(temp.path() / "mijn-pagefind");
    CHECK(find_search_tool(chosen.c_str(), {source, share}, bin.string()).executable == chosen);
  }
  SECTION("a Pagefind the site brings along is never run") {
    executable(site / package);
    CHECK_FALSE(find_search_tool(nullptr, {source, share}, "").available());
  }
  SECTION("relative PATH entries are skipped: they would resolve inside the folder handboek runs in") {
    executable(site / "pagefind");
    const fs::path previous = fs::current_path();
    fs::current_path(site);
    const bool found = find_search_tool(nullptr, {}, ".:bin:").available();
    fs::current_path(previous);
    CHECK_FALSE(found);
  }
  SECTION("$HANDBOEK_PAGEFIND=off (or empty) turns search off even when Pagefind is installed") {
    executable(source / package);
    for (const char* off : {"off", "", "0"}) {
      const SearchTool tool = find_search_tool(off, {source}, "");
      CHECK_FALSE(tool.available());
      CHECK_THAT(tool.off_reason, Contains("HANDBOEK_PAGEFIND"));
    }
  }
  SECTION("$HANDBOEK_PAGEFIND naming something that is not a program turns search off and says so") {
    const SearchTool tool = find_search_tool((temp.path() / "weg").c_str(), {source}, "");
    CHECK_FALSE(tool.available());
    CHECK_THAT(tool.off_reason, Contains((temp.path() / "weg").string()));
  }
  SECTION("a file that is not executable does not count") {
    write_file(source / package, "#!/bin/sh\n");
    CHECK_FALSE(find_search_tool(nullptr, {source}, "").available());
  }
}

TEST_CASE("a version's index covers its own HTML, not the versions nested in it", "[output][search]") {
  TempDir temp;
  const fs::path root = temp.path();
  for (const char* file :
       {"index.html", "404.html", "processen/x/index.html", "begrippen/index.html", "versies/index.html",
        "versies/2019.1/index.html", "concept/index.html", "assets/handboek.css", "sitemap.xml"}) {
    write_file(root / file, "x");
  }
  CHECK(version_glob(root, {"versies", "concept"}) == "{404.html,begrippen/**/*.html,index.html,processen/**/*.html}");
  CHECK(version_glob(root / "versies/2019.1", {}) == "{index.html}");
}

TEST_CASE("each version is indexed in its own folder; unused bundle files are removed", "[output][search]") {
  TempDir temp;
  const fs::path tools = temp.path() / "tools";
  const SearchTool tool{executable(tools / "pagefind", kFakePagefind), ""};
  const fs::path site = temp.path() / "site";
  for (const char* file : {"index.html", "processen/index.html", "versies/index.html", "versies/2019.1/index.html",
                           "versies/2019.1/processen/index.html", "concept/index.html"}) {
    write_file(site / file, "<html></html>");
  }
  const auto result =
      build_search_index(tool, site, {{"/", {"concept", "versies"}}, {"/versies/2019.1/", {}}, {"/concept/", {}}});
  REQUIRE(result.ok());
  CHECK(lines_of(read_file(tools / "calls.log")) ==
        std::vector<std::string>{site.string() + "/ {index.html,processen/**/*.html}",
                                 site.string() + "/versies/2019.1/ {index.html,processen/**/*.html}",
                                 site.string() + "/concept/ {index.html}"});
  for (const fs::path& bundle : {site / "pagefind", site / "versies/2019.1/pagefind", site / "concept/pagefind"}) {
    CHECK(fs::exists(bundle / "pagefind.js"));
    CHECK(fs::exists(bundle / "pagefind-worker.js"));
    CHECK(fs::exists(bundle / "pagefind-entry.json"));
    CHECK(fs::exists(bundle / "wasm.nl.pagefind"));
    CHECK(fs::exists(bundle / "index/nl_1.pf_index"));
    CHECK_FALSE(fs::exists(bundle / "pagefind-ui.js"));
    CHECK_FALSE(fs::exists(bundle / "pagefind-highlight.js"));
    CHECK_FALSE(fs::exists(bundle / "pagefind-component-ui.js"));
    CHECK_FALSE(fs::exists(bundle / "wasm.unknown.pagefind"));  // no page in an unknown language
  }
}

TEST_CASE("a failing indexer fails the build and leaves the previous site as it was", "[output][search]") {
  TempDir temp;
  const fs::path out = fs::weakly_canonical(temp.path()) / "public";
  const fs::path site_dir = fs::weakly_canonical(temp.path()) / "site";
  fs::create_directories(site_dir);
  OutputTree first;
  first.add("index.html", "eerste");
  REQUIRE(write_atomically(first, out, site_dir).ok());

  const SearchTool broken{executable(temp.path() / "pagefind", "#!/bin/sh\necho 'Error: kapot' >&2\nexit 3\n"), ""};
  OutputTree second;
  second.add("index.html", "tweede");
  const auto written = write_atomically(second, out, site_dir, [&](const fs::path& folder) {
    return build_search_index(broken, folder, {{"/", {}}});
  });
  CHECK_FALSE(written.ok());
  CHECK_THAT(written.message(), Contains("stopte met code 3"));
  CHECK_THAT(written.message(), Contains("Error: kapot"));
  CHECK(read_file(out / "index.html") == "eerste");
  // no temporary folder is left beside OUT
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(temp.path())) entries += entry.path().filename() != "pagefind";
  CHECK(entries == 2);  // public, site
}

TEST_CASE("the before-swap hook sees the complete new site", "[output][search]") {
  TempDir temp;
  const fs::path out = fs::weakly_canonical(temp.path()) / "public";
  OutputTree tree;
  tree.add("index.html", "nieuw");
  tree.add("processen/index.html", "route");
  std::vector<std::string> seen;
  const auto written = write_atomically(tree, out, temp.path() / "site", [&](const fs::path& folder) {
    seen.push_back(read_file(folder / "index.html"));
    seen.push_back(read_file(folder / "processen/index.html"));
    CHECK(folder != out);
    write_file(folder / "pagefind/pagefind.js", "// index");
    return handboek::base::Status();
  });
  REQUIRE(written.ok());
  CHECK(seen == std::vector<std::string>{"nieuw", "route"});
  CHECK(read_file(out / "pagefind/pagefind.js") == "// index");  // what the hook adds is published
}
