// output::BuildCache (entries stored, verified, restored, pruned) and the
// key of a release (cli/release_cache.h): every input it names changes it.
#include "output/build_cache.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <optional>

#include "engine/release_cache.h"
#include "temp_site.h"

namespace handboek::testing {
namespace {

using output::BuildCache;

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_CASE("a stored version is found whole and restored file for file", "[cache]") {
  const TempSite site("", false);
  const fs::path version = site.beside("out");
  write(version / "index.html", "<h1>Home</h1>");
  write(version / "werkwijze/intake/index.html", "<h1>Intake</h1>");
  write(version / "versies/2019.1/index.html", "another version");
  auto cache = BuildCache::open(site.beside("cache"));
  REQUIRE(cache.ok());
  REQUIRE(cache->store("abc", "key one\nsecond line\n", version, {"versies"}).ok());

  std::string warning;
  CHECK(cache->has("abc", "key one\nsecond line\n", warning));
  CHECK(warning.empty());
  CHECK_FALSE(cache->has("abc", "key two\n", warning));  // another key under that name: foreign
  CHECK(warning.find("beschadigd of hoort bij een andere versie") != std::string::npos);
  warning.clear();
  CHECK_FALSE(cache->has("def", "key one\n", warning));  // absent: no warning
  CHECK(warning.empty());

  const fs::path destination = site.beside("restored");
  size_t restored = 0;
  REQUIRE(cache->restore("abc", destination, restored).ok());
  CHECK(restored == 2);
  CHECK(read(destination / "werkwijze/intake/index.html") == "<h1>Intake</h1>");
  CHECK(!fs::exists(destination / "versies"));  // a nested version is not part of it
}

TEST_CASE("a cache in use by another build is not opened; a file is no cache", "[cache]") {
  const TempSite site("", false);
  auto opened = BuildCache::open(site.beside("cache"));
  REQUIRE(opened.ok());
  std::optional<BuildCache> first = std::move(*opened);
  const auto second = BuildCache::open(site.beside("cache"));
  CHECK_FALSE(second.ok());
  CHECK(second.status().message().find("in gebruik door een andere bouw") != std::string::npos);
  first.reset();
  CHECK(BuildCache::open(site.beside("cache")).ok());

  write(site.beside("file"), "x");
  const auto file = BuildCache::open(site.beside("file"));
  CHECK_FALSE(file.ok());
  CHECK(file.status().message().find("is geen map") != std::string::npos);
}

TEST_CASE("prune keeps the named entries and deletes the rest", "[cache]") {
  const TempSite site("", false);
  const fs::path version = site.beside("out");
  write(version / "index.html", "x");
  auto cache = BuildCache::open(site.beside("cache"));
  REQUIRE(cache.ok());
  REQUIRE(cache->store("keep", "k\n", version, {}).ok());
  REQUIRE(cache->store("drop", "d\n", version, {}).ok());
  fs::create_directory(site.beside("cache") / ".new-killed");  // left by a killed build
  cache->prune({"keep"});
  CHECK(fs::exists(site.beside("cache") / "keep"));
  CHECK(!fs::exists(site.beside("cache") / "drop"));
  CHECK(!fs::exists(site.beside("cache") / ".new-killed"));
  CHECK(fs::exists(site.beside("cache") / output::kCacheMarkerFile));
}

TEST_CASE("a file in an entry replaced by a link is damage, not content", "[cache][security]") {
  const TempSite site("", false);
  const fs::path version = site.beside("out");
  write(version / "index.html", "x");
  write(site.beside("secret.txt"), "x");
  auto cache = BuildCache::open(site.beside("cache"));
  REQUIRE(cache.ok());
  REQUIRE(cache->store("abc", "k\n", version, {}).ok());
  const fs::path file = site.beside("cache") / "abc" / "files" / "0";  // the first file listed
  fs::remove(file);
  fs::create_symlink(site.beside("secret.txt"), file);
  std::string warning;
  CHECK_FALSE(cache->has("abc", "k\n", warning));
  CHECK(warning.find("index.html is veranderd of ontbreekt") != std::string::npos);
}

TEST_CASE("an entry keeps its note, and a changed note is damage", "[cache]") {
  TempSite site("-- site.yaml --\ntitle: T\n");
  const fs::path version = site.beside("version");
  fs::create_directories(version);
  std::ofstream(version / "index.html") << "<p>home</p>";
  auto cache = output::BuildCache::open(site.beside("cache"));
  REQUIRE(cache.ok());
  REQUIRE(cache->store("abc", "k\n", version, {}, "{\"counts\": 3}\n").ok());
  std::string warning;
  std::string note;
  REQUIRE(cache->has("abc", "k\n", warning, &note));
  CHECK(note == "{\"counts\": 3}\n");
  std::ofstream(site.beside("cache") / "abc" / "note") << "{\"counts\": 4}\n";
  CHECK_FALSE(cache->has("abc", "k\n", warning, &note));
  CHECK(warning.find("note is veranderd of ontbreekt") != std::string::npos);
}

TEST_CASE("a release note round-trips its counts and diagnostics, and anything else is no note", "[cache]") {
  engine::ReleaseNote note;
  note.changes = render::ChangeCounts{2, 5, 1};
  base::Diagnostic diagnostic;
  diagnostic.path = "content/werkwijze/overleg.md";
  diagnostic.line = 7;
  diagnostic.column = 5;
  diagnostic.severity = base::Severity::kWarning;
  diagnostic.message = "link naar /x/ bestaat niet (versie 2019.3)";
  note.diagnostics.push_back(diagnostic);
  const auto parsed = engine::parse_note(engine::note_text(note));
  REQUIRE(parsed);
  REQUIRE(parsed->changes);
  CHECK(parsed->changes->added == 2);
  CHECK(parsed->changes->changed == 5);
  CHECK(parsed->changes->removed == 1);
  CHECK(parsed->diagnostics == note.diagnostics);
  CHECK_FALSE(engine::parse_note(engine::note_text(engine::ReleaseNote{}))->changes);
  for (const char* bad :
       {"", "null", "{}", "{\"format\": 2, \"diagnostics\": []}", "{\"format\": 1, \"diagnostics\": [{\"path\": 3}]}",
        "{\"format\": 1, \"diagnostics\": [], \"changes\": {\"added\": -1}}"}) {
    CHECK_FALSE(engine::parse_note(bad));
  }
}

// A LoadedVersions with releases named `names` (newest first), enough for a
// key: the plan alone, no model is loaded.
engine::LoadedVersions releases(const std::vector<std::string>& names) {
  engine::LoadedVersions site;
  for (size_t i = 0; i < names.size(); ++i) {
    engine::VersionSlot build;
    build.commit_id = std::string(40, static_cast<char>('a' + i));
    build.context.version.name = names[i];
    build.context.version.prefix = i == 0 ? "/" : "/versies/" + names[i] + "/";
    build.context.version.is_current = i == 0;
    site.plan.slots.push_back(std::move(build));
  }
  return site;
}

TEST_CASE("a release's key changes with each of its inputs and with nothing newer", "[cache]") {
  const engine::CacheInputs inputs{"build-id 1", "theme 1", "title: T\n", "pdf \nsearch /usr/bin/pagefind\n"};
  const engine::LoadedVersions site = releases({"2020.1", "2019.2", "2019.1"});
  const std::string key = engine::release_key_text(inputs, site, 1);
  CHECK(key == engine::release_key_text(inputs, site, 1));

  for (const auto& changed :
       {engine::CacheInputs{"build-id 2", inputs.theme, inputs.config, inputs.tools},
        engine::CacheInputs{inputs.generator, "theme 2", inputs.config, inputs.tools},
        engine::CacheInputs{inputs.generator, inputs.theme, "title: U\n", inputs.tools},
        engine::CacheInputs{inputs.generator, inputs.theme, inputs.config, "pdf /usr/bin/python3\n"}}) {
    CHECK(engine::release_key_text(changed, site, 1) != key);
  }
  // A newer release does not change an older one's key (its files do not
  // change either: issue 12 item 1); the one before it does (change page).
  engine::LoadedVersions newer = releases({"2021.1", "2019.2", "2019.1"});
  CHECK(engine::release_key_text(inputs, newer, 1) == key);
  engine::LoadedVersions other_base = releases({"2020.1", "2019.2", "2019.1"});
  other_base.plan.slots[2].commit_id = std::string(40, 'f');
  CHECK(engine::release_key_text(inputs, other_base, 1) != key);
  // The same release at another place (it was current, now it is not).
  engine::LoadedVersions moved = releases({"2019.2", "2019.1"});
  moved.plan.slots[0].commit_id = site.plan.slots[1].commit_id;
  moved.plan.slots[1].commit_id = site.plan.slots[2].commit_id;
  CHECK(engine::release_key_text(inputs, moved, 0) != key);
}

}  // namespace
}  // namespace handboek::testing
