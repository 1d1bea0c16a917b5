// Offline reading in a real build (docs/offline.md): the service worker of
// the site with its precache list, the offline page, the manifest, the
// pages that register the worker, the search bundle's own list, and
// `offline: false` in site.yaml.
#include <algorithm>
#include <catch2/catch.hpp>

#include "temp_site.h"

using handboek::testing::read_tree;
using handboek::testing::run_handboek;
using handboek::testing::TempSite;
using Files = std::map<std::string, std::string>;

namespace {

Files build(const TempSite& site) {
  const auto run = run_handboek({"build", site.root().string(), "-o", site.beside("out").string(), "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return read_tree(site.beside("out"));
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a build writes a service worker that keeps every page, form and asset of the site",
          "[integration][offline]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const Files files = build(site);
  REQUIRE(files.count("sw.js"));
  REQUIRE(files.count("offline.html"));
  const std::string& worker = files.at("sw.js");
  CHECK(contains(worker, "\"./\""));
  CHECK(contains(worker, "\"offline.html\""));
  for (const auto& [path, bytes] : files) {
    INFO(path);
    const bool page = path.size() > 10 && path.compare(path.size() - 11, 11, "/index.html") == 0;
    if (page) CHECK(contains(worker, "\"" + path.substr(0, path.size() - 10) + "\""));
    if (path.rfind("assets/", 0) == 0) CHECK(contains(worker, "\"" + path + "\""));
    if (path.rfind("formulieren/", 0) == 0 && path.find(".json") != std::string::npos) {
      CHECK(contains(worker, "\"" + path + "\""));
    }
    if (page && path.rfind("pagefind/", 0) != 0) {
      CHECK(contains(bytes, "data-offline-worker=\""));
      CHECK(contains(bytes, "<link rel=\"manifest\" href=\""));
    }
  }
  CHECK_FALSE(contains(worker, "404.html"));
  CHECK_FALSE(contains(worker, "sitemap.xml"));
  CHECK(contains(files.at("index.html"), "data-offline-worker=\"sw.js\""));
  CHECK(contains(files.at("manifest.webmanifest"), "\"name\": \"Testhandboek\""));
  CHECK(contains(files.at("offline.html"), "Deze pagina is niet offline beschikbaar"));
}

TEST_CASE("the search bundle lists its files for the worker, sorted", "[integration][offline]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  const Files files = build(site);
  if (!files.count("pagefind/pagefind.js")) {
    WARN("Pagefind is not installed: the build has no search bundle to check");
    return;
  }
  REQUIRE(files.count("pagefind/precache.json"));
  const std::string& list = files.at("pagefind/precache.json");
  CHECK(contains(list, "\"pagefind.js\""));
  CHECK(contains(list, "\"pagefind-entry.json\""));
  CHECK_FALSE(contains(list, "precache.json"));
  std::vector<std::string> names;
  for (size_t at = list.find('"'); at != std::string::npos; at = list.find('"', list.find('"', at + 1) + 1)) {
    names.push_back(list.substr(at + 1, list.find('"', at + 1) - at - 1));
  }
  CHECK(names.size() > 4);
  CHECK(std::is_sorted(names.begin(), names.end()));
  for (const std::string& name : names) CHECK(files.count("pagefind/" + name));
}

TEST_CASE("offline: false in site.yaml builds the site without a service worker", "[integration][offline]") {
  const TempSite site = TempSite::from_fixture("sites/basic");
  site.write("site.yaml", site.read("site.yaml") + "offline: false\n");
  const Files files = build(site);
  CHECK_FALSE(files.count("sw.js"));
  CHECK_FALSE(files.count("offline.html"));
  CHECK_FALSE(contains(files.at("index.html"), "data-offline-worker"));
  CHECK_FALSE(contains(files.at("index.html"), "data-nieuwe-versie"));
  CHECK(files.count("manifest.webmanifest"));
}
