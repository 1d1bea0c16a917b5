// load/content_loader: walks content/ and forms/, loads each file on its own,
// and skips what is not safely inside the site.
#include "load/content_loader.h"

#include <catch2/catch.hpp>

#include "model_fixture.h"
#include "source/working_tree_source.h"

using handboek::base::Diagnostics;
using handboek::load::LoadedContent;
using handboek::testing::formatted;
using handboek::testing::TempDir;
using handboek::testing::TempSite;
using Lines = std::vector<std::string>;
namespace fs = std::filesystem;

namespace {

struct Loaded {
  LoadedContent content;
  std::vector<std::string> diagnostics;
};

Loaded load(const TempSite& site, int jobs = 1) {
  const handboek::source::WorkingTreeSource source(site.root());
  handboek::config::SiteConfig config;
  config.title = "T";
  Diagnostics diagnostics;
  LoadedContent content = handboek::load::load_content(source, config, diagnostics, jobs);
  return {std::move(content), formatted(diagnostics)};
}

std::vector<std::string> page_paths(const LoadedContent& content) {
  std::vector<std::string> paths;
  for (const auto& page : content.pages) paths.push_back(page.path.str());
  return paths;
}

constexpr std::string_view kPages = R"(
-- content/_index.md --
---
title: Home
---
-- content/over/visie.md --
---
title: Visie
---
-- content/over/bijlage.pdf --
%PDF-1.4
-- content/processen/_index.md --
---
title: Processen
---
-- content/.verborgen.md --
---
title: Verborgen
---
-- content/.git/config --
x
-- content/over/.visie.md.swp --
x
)";

}  // namespace

TEST_CASE("pages are loaded in path order and other files are kept as they are", "[load][content_loader]") {
  const TempSite site(kPages, false);
  const Loaded loaded = load(site);
  CHECK(loaded.diagnostics.empty());
  CHECK(page_paths(loaded.content) ==
        Lines{"content/_index.md", "content/over/visie.md", "content/processen/_index.md"});
  REQUIRE(loaded.content.static_files.size() == 1);
  CHECK(loaded.content.static_files[0].path.str() == "content/over/bijlage.pdf");
  CHECK(loaded.content.static_files[0].bytes == "%PDF-1.4\n");
}

TEST_CASE("the result does not depend on the number of threads", "[load][content_loader]") {
  TempSite site(kPages, false);
  for (int i = 0; i < 30; ++i) {
    site.write("content/over/p" + std::to_string(i) + ".md", "---\ntitel: x\n---\n");
  }
  const Loaded one = load(site, 1);
  const Loaded many = load(site, 4);
  CHECK(page_paths(one.content) == page_paths(many.content));
  CHECK(one.diagnostics == many.diagnostics);
  CHECK(one.diagnostics.size() == 30);  // per page: onbekende sleutel 'titel' (the title is the file name)
}

TEST_CASE("a symlink that leaves the site is skipped with a warning", "[load][content_loader][symlink]") {
  const TempDir outside;
  handboek::testing::write_file(outside.path() / "passwd", "---\ntitle: Geheim\n---\n");
  const TempSite site(kPages, false);
  fs::create_symlink(outside.path() / "passwd", site.root() / "content" / "over" / "geheim.md");
  const Loaded loaded = load(site);
  CHECK(loaded.diagnostics ==
        Lines{"content/over/geheim.md: warning: overgeslagen: geen gewoon bestand in de site (een "
              "symbolische link naar buiten de site?)"});
  CHECK(page_paths(loaded.content).size() == 3);
}

TEST_CASE("forms are read only from ID.yaml files directly in forms", "[load][content_loader][forms]") {
  TempSite site(kPages, false);
  site.write_all(R"(
-- forms/leesmij.txt --
x
-- forms/oud/pip.yaml --
title: Oud
)");
  const Loaded loaded = load(site);
  CHECK(loaded.diagnostics == Lines{
                                  "forms/leesmij.txt: warning: genegeerd: in forms/ staan alleen ID.yaml-bestanden",
                                  "forms/oud/pip.yaml: warning: genegeerd: formulieren staan direct in forms/, niet in "
                                  "submappen",
                              });
  CHECK(loaded.content.forms.empty());
}

TEST_CASE("a site without content is an error", "[load][content_loader]") {
  const TempSite site("-- site.yaml --\ntitle: T\n", false);
  CHECK(load(site).diagnostics == Lines{"content: error: er is geen map content/, of hij is leeg"});
}

TEST_CASE("one bad page does not stop the others from loading", "[load][content_loader]") {
  TempSite site(kPages, false);
  site.write("content/over/kapot.md", "---\ntitle: Kapot\n");
  const Loaded loaded = load(site);
  CHECK(loaded.diagnostics ==
        Lines{"content/over/kapot.md:1:1: error: de front matter wordt niet afgesloten: zet er een regel '---' onder"});
  CHECK(page_paths(loaded.content).size() == 3);
}

TEST_CASE("a folder's page is the first of _index.md, index.md and README.md", "[load][content_loader]") {
  TempSite site(R"(
-- site.yaml --
title: T
-- content/README.md --
# Welkom
-- content/a/index.md --
# A
-- content/a/README.md --
# Lees mij
-- content/b/_index.md --
# B
-- content/b/index.md --
# B index
-- content/b/README.md --
# B lees mij
)",
                false);
  const Loaded loaded = load(site);
  CHECK(loaded.diagnostics.empty());
  std::vector<std::string> index_pages;
  for (const auto& page : loaded.content.pages) {
    if (page.is_section_index) index_pages.push_back(page.path.str());
  }
  CHECK(index_pages == Lines{"content/README.md", "content/a/index.md", "content/b/_index.md"});
}

TEST_CASE("the page cache keeps what the last version used and forgets the rest", "[load][cache]") {
  handboek::load::PageCache cache;
  handboek::load::PageCache::Entry entry;
  entry.page.title = "Intake";
  cache.next_version();  // version 1: two pages
  cache.store({"content/a.md", "blob-a1"}, entry);
  cache.store({"content/b.md", "blob-b1"}, entry);
  cache.next_version();  // version 2 shares a.md, has its own b.md
  REQUIRE(cache.find({"content/a.md", "blob-a1"}));
  cache.store({"content/b.md", "blob-b2"}, entry);
  CHECK(cache.find({"content/b.md", "blob-b1"}));  // still there while version 2 loads
  cache.next_version();                            // version 3: what version 2 did not use is gone
  CHECK(cache.find({"content/a.md", "blob-a1"}));
  CHECK(cache.find({"content/b.md", "blob-b2"}));
  CHECK(cache.find({"content/b.md", "blob-b1"}));  // version 2 looked it up above, so it was used
  cache.next_version();
  cache.next_version();  // a version that used nothing: the cache is empty
  CHECK_FALSE(cache.find({"content/a.md", "blob-a1"}));
  CHECK_FALSE(cache.find({"content/b.md", "blob-b2"}));
}
