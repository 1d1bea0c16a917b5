// source/working_tree_source: files of a folder on disk, never anything a
// symlink leads to outside it.
#include "source/working_tree_source.h"

#include <catch2/catch.hpp>

#include "temp_site.h"

using handboek::base::SitePath;
using handboek::source::WorkingTreeSource;
using handboek::testing::TempDir;
using handboek::testing::TempSite;
namespace fs = std::filesystem;

TEST_CASE("files are read and folders listed sorted by name", "[source]") {
  const TempSite site("-- content/b.md --\nB\n-- content/a.md --\nA\n-- content/sub/c.md --\nC\n", false);
  const WorkingTreeSource source(site.root());
  CHECK(source.read_file(*SitePath::parse("content/a.md")) == std::optional<std::string>("A\n"));
  const auto entries = source.list_dir(*SitePath::parse("content"));
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].name == "a.md");
  CHECK(entries[1].name == "b.md");
  CHECK(entries[2].name == "sub");
  CHECK(entries[2].is_dir);
}

TEST_CASE("a missing file or folder reads as nothing", "[source]") {
  const TempSite site("", false);
  const WorkingTreeSource source(site.root());
  CHECK_FALSE(source.read_file(*SitePath::parse("content/none.md")));
  CHECK(source.list_dir(*SitePath::parse("content")).empty());
  site.write("content/a.md", "A");
  CHECK_FALSE(source.read_file(*SitePath::parse("content")));  // a folder is not a file
}

TEST_CASE("a symlink that escapes the site is neither read nor listed", "[source][symlink]") {
  const TempDir outside;
  handboek::testing::write_file(outside.path() / "secret.md", "geheim");
  const TempSite site("-- content/a.md --\nA\n", false);
  fs::create_symlink(outside.path() / "secret.md", site.root() / "content" / "secret.md");
  fs::create_symlink(outside.path(), site.root() / "content" / "buiten");
  const WorkingTreeSource source(site.root());

  CHECK_FALSE(source.read_file(*SitePath::parse("content/secret.md")));
  CHECK_FALSE(source.read_file(*SitePath::parse("content/buiten/secret.md")));
  std::vector<handboek::source::SkippedEntry> skipped;
  const auto entries = source.list_dir(*SitePath::parse("content"), &skipped);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].name == "a.md");
  CHECK(skipped ==
        std::vector<handboek::source::SkippedEntry>{{"content/buiten", handboek::source::kNotInsideSite},
                                                    {"content/secret.md", handboek::source::kNotInsideSite}});
}

TEST_CASE("a symlink is followed only when it stays inside its own top-level folder", "[source][symlink]") {
  const TempSite site("-- gedeeld/tekst.md --\nT\n-- content/over/echt.md --\nE\n-- .git/config --\ntoken\n", false);
  fs::create_symlink("over/echt.md", site.root() / "content" / "kopie.md");
  fs::create_symlink("../gedeeld/tekst.md", site.root() / "content" / "tekst.md");
  fs::create_symlink("../.git/config", site.root() / "content" / "config.txt");
  fs::create_symlink("content/over/echt.md", site.root() / "woordenlijst.txt");
  const WorkingTreeSource source(site.root());
  CHECK(source.read_file(*SitePath::parse("content/kopie.md")) == std::optional<std::string>("E\n"));
  CHECK_FALSE(source.read_file(*SitePath::parse("content/tekst.md")));
  CHECK_FALSE(source.read_file(*SitePath::parse("content/config.txt")));
  CHECK_FALSE(source.read_file(*SitePath::parse("woordenlijst.txt")));  // a top-level entry must be itself
  std::vector<handboek::source::SkippedEntry> skipped;
  CHECK(source.list_dir(*SitePath::parse("content"), &skipped).size() == 2);  // kopie.md, over/
  CHECK(skipped.size() == 2);
}

TEST_CASE("the site may itself be reached through a symlink", "[source][symlink]") {
  const TempSite site("-- content/a.md --\nA\n", false);
  const TempDir other;
  fs::create_symlink(site.root(), other.path() / "link");
  const WorkingTreeSource source(other.path() / "link");
  CHECK(source.read_file(*SitePath::parse("content/a.md")) == std::optional<std::string>("A\n"));
}
