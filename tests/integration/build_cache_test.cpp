// The build cache (issue 12 item 2, docs/performance.md): an unchanged
// release is copied from SITE_DIR/.handboek-cache/ instead of rendered and
// indexed again; the site is byte-identical with and without it; a change
// of theme or config renders again; a damaged, foreign or committed cache
// is never trusted.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sstream>

#include "git_fixture.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

const GitSignature kAnne = handboek::testing::anne("2019-06-03T10:00:00+02:00");

// A handbook with two releases and a change in between.
struct ReleasedSite {
  TempSite site{R"(
-- site.yaml --
title: Testhandboek
versions:
  tags: "v*"
)"};
  GitFixture repo{site.root()};

  ReleasedSite() {
    repo.write("content/_index.md", titled_page("Home", "Welkom."));
    repo.write("content/werkwijze/intake.md", titled_page("Intake", "De intake begint met een gesprek."));
    repo.write("content/werkwijze/overleg.md", titled_page("Overleg", "Het overleg is elke week."));
    repo.commit("Eerste versie", kAnne);
    repo.tag("v2019.1");
    repo.write("content/werkwijze/intake.md", titled_page("Intake", "De intake begint met een goed gesprek."));
    repo.commit("Intake aangescherpt", at(kAnne, "2019-09-02T10:00:00+02:00"));
    repo.tag("v2019.2");
  }

  RunResult build(const std::string& out, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"build", site.root().string(), "-o", site.beside(out).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_handboek(args);
  }
  std::map<std::string, std::string> tree(const std::string& out) const { return read_tree(site.beside(out)); }
  fs::path cache() const { return site.root() / ".handboek-cache"; }
};

// Where cache entry `entry` keeps the file published at `path`:
// files/<n>, n its place in the manifest's list; empty when not listed.
fs::path stored(const fs::path& entry, const std::string& path) {
  std::ifstream in(entry / "manifest");
  size_t index = 0;
  bool listing = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("files ")) {
      listing = true;
    } else if (listing && line.ends_with(" " + path)) {
      return entry / "files" / std::to_string(index);
    } else if (listing) {
      ++index;
    }
  }
  return {};
}

// The one cache entry's folder holding `file` (a path in the version).
fs::path entry_holding(const fs::path& cache, const std::string& file) {
  for (const auto& entry : fs::directory_iterator(cache)) {
    if (entry.is_directory() && !stored(entry.path(), file).empty()) return entry.path();
  }
  return {};
}

TEST_CASE("an unchanged release comes from the cache, byte for byte as when rendered", "[cache][versions]") {
  const ReleasedSite released;
  const RunResult cold = released.build("cold");
  REQUIRE(cold.exit_code == 0);
  CHECK(cold.err.find("uit de buildcache") == std::string::npos);
  CHECK(fs::exists(released.cache() / ".gitignore"));

  const RunResult warm = released.build("warm");
  REQUIRE(warm.exit_code == 0);
  CHECK(warm.err.find("2 versie(s) (2 uit de buildcache)") != std::string::npos);
  const auto cold_tree = released.tree("cold");
  CHECK(cold_tree.count("werkwijze/intake/index.html") == 1);
  CHECK(cold_tree.count("versies/2019.1/werkwijze/intake/index.html") == 1);
  CHECK(released.tree("warm") == cold_tree);

  // The same site without the cache: what the cache gave is what rendering gives.
  const RunResult uncached = released.build("uncached", {"--no-cache"});
  REQUIRE(uncached.exit_code == 0);
  CHECK(released.tree("uncached") == cold_tree);

  // Git ignores the cache: a commit of everything leaves it out.
  released.repo.write("content/werkwijze/nieuw.md", titled_page("Nieuw", "Nieuwe tekst."));
  released.repo.commit("Nieuwe pagina", at(kAnne, "2019-10-01T10:00:00+02:00"));
  CHECK(released.repo.git({"ls-files", ".handboek-cache"}).empty());
}

TEST_CASE("a new release is rendered; the release before it that kept its place is not", "[cache][versions]") {
  const ReleasedSite released;
  REQUIRE(released.build("first").exit_code == 0);
  released.repo.write("content/werkwijze/overleg.md", titled_page("Overleg", "Het overleg is om de week."));
  released.repo.commit("Overleg minder vaak", at(kAnne, "2020-02-14T10:00:00+01:00"));
  released.repo.tag("v2020.1");

  const RunResult second = released.build("second");
  REQUIRE(second.exit_code == 0);
  // 2019.1 stays under /versies/2019.1/; 2019.2 moves from the root there;
  // 2020.1 is new.
  CHECK(second.err.find("3 versie(s) (1 uit de buildcache)") != std::string::npos);
  const auto second_tree = released.tree("second");
  REQUIRE(released.build("fresh", {"--no-cache"}).exit_code == 0);
  CHECK(released.tree("fresh") == second_tree);

  // The entry of the release that was the current one is gone: the cache
  // holds what this site uses.
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(released.cache())) entries += entry.is_directory() ? 1 : 0;
  CHECK(entries == 3);
}

// The warnings of a build, one per line, in the order printed.
std::vector<std::string> warnings_of(const std::string& err) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.find(": warning: ") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("a warm build loads no cached release and reports what a cold build reports", "[cache][versions]") {
  const ReleasedSite released;
  // The oldest release gets a broken link (a warning naming it, since a tag
  // cannot be changed), fixed in the next.
  released.repo.write("content/werkwijze/overleg.md",
                      titled_page("Overleg", "Zie [de oude route](/werkwijze/bestaat-niet/)."));
  released.repo.commit("Overleg met een verwijzing", at(kAnne, "2019-10-01T10:00:00+02:00"));
  released.repo.tag("v2019.3");
  released.repo.write("content/werkwijze/overleg.md", titled_page("Overleg", "Het overleg is om de week."));
  released.repo.commit("Verwijzing weg", at(kAnne, "2020-02-14T10:00:00+01:00"));
  released.repo.tag("v2020.1");

  const RunResult cold = released.build("cold", {"--timings"});
  REQUIRE(cold.exit_code == 0);
  const std::vector<std::string> warnings = warnings_of(cold.err);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("(versie 2019.3)") != std::string::npos);
  CHECK(cold.err.find("load+model 2019.1") != std::string::npos);

  const RunResult warm = released.build("warm", {"--timings"});
  REQUIRE(warm.exit_code == 0);
  CHECK(warm.err.find("4 versie(s) (4 uit de buildcache)") != std::string::npos);
  // Only the current release (the list of versions is drawn in its layout)
  // and the working tree are loaded.
  CHECK(warm.err.find("load+model 2020.1") != std::string::npos);
  for (const char* cached : {"2019.1", "2019.2", "2019.3"}) {
    CHECK(warm.err.find(std::string("load+model ") + cached) == std::string::npos);
  }
  CHECK(warnings_of(warm.err) == warnings);
  CHECK(released.tree("warm") == released.tree("cold"));  // /versies/ lists the same counts
}

TEST_CASE("a change of theme or site.yaml renders every release again", "[cache][versions]") {
  const ReleasedSite released;
  REQUIRE(released.build("first").exit_code == 0);

  SECTION("theme") {
    const fs::path style = released.site.root() / "themes" / "default" / "assets" / "handboek.css";
    REQUIRE(fs::exists(style));
    std::ofstream(style, std::ios::app) << "\n.nieuw { color: black; }\n";
  }
  SECTION("site.yaml") {
    std::ofstream(released.site.root() / "site.yaml", std::ios::app) << "subtitle: Zo doen wij het hier\n";
  }
  const RunResult changed = released.build("changed");
  REQUIRE(changed.exit_code == 0);
  CHECK(changed.err.find("uit de buildcache") == std::string::npos);
  REQUIRE(released.build("fresh", {"--no-cache"}).exit_code == 0);
  CHECK(released.tree("changed") == released.tree("fresh"));
  // And the next build takes them from the cache again.
  const RunResult again = released.build("again");
  CHECK(again.err.find("(2 uit de buildcache)") != std::string::npos);
}

// The inode of `path` (a folder that is made again has another).
ino_t inode_of(const fs::path& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info.st_ino;
}

TEST_CASE("a warm build into the same OUT takes its unchanged releases over whole, or links them when touched",
          "[cache][versions]") {
  const ReleasedSite released;
  REQUIRE(released.build("public").exit_code == 0);
  const fs::path out = released.site.beside("public");
  const auto cold_tree = released.tree("public");
  const ino_t old_release = inode_of(out / "versies" / "2019.1");
  const ino_t root_folder = inode_of(out / "werkwijze");

  SECTION("nothing touched: the folders move into the new site, not a file is made again") {
    const RunResult warm = released.build("public");
    REQUIRE(warm.exit_code == 0);
    CHECK(warm.err.find("2 versie(s) (2 uit de buildcache)") != std::string::npos);
    CHECK(released.tree("public") == cold_tree);
    CHECK(inode_of(out / "versies" / "2019.1") == old_release);
    CHECK(inode_of(out / "werkwijze") == root_folder);
    // And again: the moved folders are still the cache's files.
    REQUIRE(released.build("public").exit_code == 0);
    CHECK(inode_of(out / "versies" / "2019.1") == old_release);
    CHECK(released.tree("public") == cold_tree);
  }
  SECTION("a file added to a release's folder: the release is linked afresh, without it") {
    write_file(out / "versies" / "2019.1" / "werkwijze" / "extra.html", "<p>niet gebouwd</p>");
    REQUIRE(released.build("public").exit_code == 0);
    CHECK(released.tree("public") == cold_tree);
    CHECK(inode_of(out / "versies" / "2019.1") != old_release);
    CHECK(inode_of(out / "werkwijze") == root_folder);  // the root was untouched: moved
  }
  SECTION("a published file replaced by another file: the release is linked afresh from the cache") {
    const fs::path page = out / "werkwijze" / "intake" / "index.html";
    const std::string bytes = read_file(page);
    fs::remove(page);
    write_file(page, bytes + "<!-- anders -->");
    REQUIRE(released.build("public").exit_code == 0);
    CHECK(released.tree("public") == cold_tree);
    CHECK(inode_of(out / "werkwijze") != root_folder);
  }
  SECTION("a new commit in the working tree: the concept is rendered, the releases move") {
    released.repo.write("content/werkwijze/overleg.md", titled_page("Overleg", "Het overleg is om de week."));
    released.repo.commit("Overleg minder vaak", at(kAnne, "2020-02-14T10:00:00+01:00"));
    const RunResult warm = released.build("public");
    REQUIRE(warm.exit_code == 0);
    CHECK(warm.err.find("(2 uit de buildcache)") != std::string::npos);
    CHECK(inode_of(out / "versies" / "2019.1") == old_release);
    REQUIRE(released.build("fresh", {"--no-cache"}).exit_code == 0);
    CHECK(released.tree("public") == released.tree("fresh"));
  }
}

TEST_CASE("a damaged cache entry is rendered again with a warning, never published", "[cache][versions]") {
  const ReleasedSite released;
  REQUIRE(released.build("cold").exit_code == 0);
  const auto cold_tree = released.tree("cold");
  const fs::path entry = entry_holding(released.cache(), "werkwijze/overleg/index.html");
  REQUIRE(!entry.empty());

  SECTION("a file edited in place (through the published site's hard link or in the cache)") {
    std::ofstream(stored(entry, "werkwijze/overleg/index.html"), std::ios::app) << "<p>ingevoegd</p>";
  }
  SECTION("a file missing") {
    fs::remove(stored(entry, "werkwijze/overleg/index.html"));
  }
  SECTION("a manifest that names a path outside the entry") {
    std::ifstream in(entry / "manifest");
    std::string manifest((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t at = manifest.find(" werkwijze/overleg/index.html");
    REQUIRE(at != std::string::npos);
    manifest.replace(at, 29, " ../../../buiten.html");
    std::ofstream(entry / "manifest", std::ios::trunc) << manifest;
  }
  SECTION("the files folder replaced by a link to somewhere else") {
    const fs::path folder = entry / "files";
    fs::rename(folder, entry / "elders");
    fs::create_directory_symlink(entry / "elders", folder);
  }
  const RunResult warm = released.build("warm");
  REQUIRE(warm.exit_code == 0);
  CHECK(warm.err.find("waarschuwing: buildcache-item") != std::string::npos);
  CHECK(warm.err.find("(1 uit de buildcache)") != std::string::npos);
  CHECK(released.tree("warm") == cold_tree);
  // The damaged entry was replaced by a whole one.
  const RunResult healed = released.build("healed");
  CHECK(healed.err.find("(2 uit de buildcache)") != std::string::npos);
  CHECK(healed.err.find("waarschuwing") == std::string::npos);
}

TEST_CASE("a folder that is not a handboek cache is left alone and the build renders everything", "[cache]") {
  const ReleasedSite released;
  released.site.write(".handboek-cache/notities.txt", "van iemand anders\n");
  const RunResult built = released.build("out");
  REQUIRE(built.exit_code == 0);
  CHECK(built.err.find("waarschuwing: zonder buildcache") != std::string::npos);
  CHECK(fs::exists(released.cache() / "notities.txt"));
  CHECK(!fs::exists(released.cache() / "HANDBOEK-CACHE"));
}

TEST_CASE("a cache committed to the repository is never used", "[cache][security]") {
  const ReleasedSite released;
  REQUIRE(released.build("first").exit_code == 0);
  released.repo.git({"add", "--force", ".handboek-cache"});
  released.repo.commit("Cache meegecommit", at(kAnne, "2019-10-01T10:00:00+02:00"));
  const RunResult built = released.build("second");
  REQUIRE(built.exit_code == 0);
  CHECK(built.err.find("staat in de repository") != std::string::npos);
  CHECK(built.err.find("uit de buildcache") == std::string::npos);
}

TEST_CASE("a submodule at the cache folder is never trusted as a cache", "[cache][security][hostile]") {
  const ReleasedSite released;
  REQUIRE(released.build("first").exit_code == 0);
  // A pull request adds a submodule at .handboek-cache (its checkout: a forged cache).
  const std::string commit = released.repo.git({"rev-parse", "HEAD"});
  released.repo.git({"update-index", "--add", "--cacheinfo", "160000," + commit + ",.handboek-cache"});
  released.repo.git({"commit", "-m", "Submodule"}, &kAnne);
  const RunResult built = released.build("second");
  REQUIRE(built.exit_code == 0);
  CHECK(built.err.find("staat in de repository") != std::string::npos);
  CHECK(built.err.find("uit de buildcache") == std::string::npos);
}

TEST_CASE("the cache can live elsewhere (--cache DIR) or not be used (--no-cache)", "[cache]") {
  const ReleasedSite released;
  const fs::path elsewhere = released.site.beside("cache");
  REQUIRE(released.build("first", {"--cache", elsewhere.string()}).exit_code == 0);
  CHECK(fs::exists(elsewhere / "HANDBOEK-CACHE"));
  CHECK(!fs::exists(released.cache()));
  const RunResult again = released.build("second", {"--cache", elsewhere.string()});
  CHECK(again.err.find("(2 uit de buildcache)") != std::string::npos);
  const RunResult none = released.build("third", {"--no-cache"});
  CHECK(none.err.find("uit de buildcache") == std::string::npos);
  CHECK(!fs::exists(released.cache()));
}

TEST_CASE("an edition keeps a build cache of its own beside the site's", "[cache][editions]") {
  const ReleasedSite released;
  released.site.write(
      "site.yaml", "title: Testhandboek\nversions:\n  tags: \"v*\"\norganisations:\n  - id: noord\n    name: Noord\n");
  const RunResult edition = released.build("noord", {"--organisatie", "noord"});
  INFO(edition.err);
  REQUIRE(edition.exit_code == 0);
  CHECK(fs::exists(released.site.root() / ".handboek-cache-editie-noord" / "HANDBOEK-CACHE"));
  // Built first, the edition did not make the site's cache folder unusable.
  const RunResult regional = released.build("regio");
  REQUIRE(regional.exit_code == 0);
  CHECK(regional.err.find("zonder buildcache") == std::string::npos);
  CHECK(fs::exists(released.cache() / "HANDBOEK-CACHE"));
  const RunResult again = released.build("noord-2", {"--organisatie", "noord"});
  REQUIRE(again.exit_code == 0);
  CHECK(again.err.find("(2 uit de buildcache)") != std::string::npos);
  CHECK(released.tree("noord-2") == released.tree("noord"));
}

}  // namespace
}  // namespace handboek::testing
