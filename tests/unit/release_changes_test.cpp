// model/release_changes: pages added, removed, renamed and changed between
// two releases, compared by content and with renames from git.
#include "model/release_changes.h"

#include <catch2/catch.hpp>

namespace handboek::model {
namespace {

struct PageSpec {
  std::string path;
  std::string title;
  std::string hash;
};

SiteModel release(const std::string& prefix, const std::vector<PageSpec>& pages) {
  SiteModel model;
  model.version.prefix = prefix;
  for (const PageSpec& spec : pages) {
    PageEntry entry;
    entry.page.path = *base::SitePath::parse(spec.path);
    entry.page.title = spec.title;
    entry.page.content_hash = spec.hash;
    const std::string stem = entry.page.path.stem();
    entry.url = prefix + stem + "/";
    model.pages.push_back(std::move(entry));
  }
  return model;
}

std::vector<std::string> titles(const std::vector<PageRef>& refs) {
  std::vector<std::string> out;
  for (const PageRef& ref : refs) out.push_back(ref.title + " " + ref.url);
  return out;
}

const SiteModel kOlder = release("/versies/2019.1/", {
                                                         {"content/intake.md", "Intake", "h1"},
                                                         {"content/oud.md", "Overleg", "h2"},
                                                         {"content/vervalt.md", "Vervallen", "h3"},
                                                         {"content/gelijk.md", "Gelijk", "h4"},
                                                     });

TEST_CASE("pages are added, removed, renamed or changed by content", "[model][versions]") {
  const SiteModel newer = release("/", {
                                           {"content/gelijk.md", "Gelijk", "h4"},
                                           {"content/intake.md", "Intake", "h1b"},
                                           {"content/nieuw.md", "Nieuw", "h5"},
                                           {"content/overleg.md", "Overleg", "h2"},
                                       });
  const ReleaseChanges changes =
      compare_releases(kOlder, newer, {{"content/oud.md", "content/overleg.md"}}, {"Overleg hernoemd"});
  CHECK(titles(changes.added) == std::vector<std::string>{"Nieuw /nieuw/"});
  CHECK(titles(changes.removed) == std::vector<std::string>{"Vervallen /versies/2019.1/vervalt/"});
  REQUIRE(changes.renamed.size() == 1);
  CHECK(changes.renamed[0].from.path == "content/oud.md");
  CHECK(changes.renamed[0].from.url == "/versies/2019.1/oud/");
  CHECK(changes.renamed[0].to.path == "content/overleg.md");
  CHECK(changes.renamed[0].to.url == "/overleg/");
  CHECK_FALSE(changes.renamed[0].changed);
  REQUIRE(changes.changed.size() == 1);
  CHECK(changes.changed[0].before.url == "/versies/2019.1/intake/");
  CHECK(changes.changed[0].after.url == "/intake/");
  CHECK(changes.changed[0].before.page == 0);
  CHECK(changes.changed[0].after.page == 1);
  CHECK(changes.notes == std::vector<std::string>{"Overleg hernoemd"});
}

TEST_CASE("a page renamed and edited is one rename that says its text changed", "[model][versions]") {
  const SiteModel newer = release("/", {{"content/overleg.md", "Overleg", "h2b"}});
  const ReleaseChanges changes = compare_releases(kOlder, newer, {{"content/oud.md", "content/overleg.md"}}, {});
  REQUIRE(changes.renamed.size() == 1);
  CHECK(changes.renamed[0].changed);
  CHECK(changes.changed.empty());
  CHECK(changes.added.empty());
}

TEST_CASE("without a rename from git, a moved page is one page removed and one added", "[model][versions]") {
  const SiteModel newer = release("/", {{"content/overleg.md", "Overleg", "h2"}});
  const ReleaseChanges changes = compare_releases(kOlder, newer, {}, {});
  CHECK(titles(changes.added) == std::vector<std::string>{"Overleg /overleg/"});
  CHECK(titles(changes.removed) ==
        std::vector<std::string>{"Gelijk /versies/2019.1/gelijk/", "Intake /versies/2019.1/intake/",
                                 "Overleg /versies/2019.1/oud/", "Vervallen /versies/2019.1/vervalt/"});
  CHECK(changes.renamed.empty());
}

TEST_CASE("a page renamed onto the path of a removed page is a rename, and the old page is removed",
          "[model][versions]") {
  // Intake was deleted, then oud.md was renamed to intake.md.
  const SiteModel newer = release("/", {{"content/intake.md", "Overleg", "h2"}});
  const ReleaseChanges changes = compare_releases(kOlder, newer, {{"content/oud.md", "content/intake.md"}}, {});
  REQUIRE(changes.renamed.size() == 1);
  CHECK(changes.renamed[0].from.path == "content/oud.md");
  CHECK(changes.renamed[0].to.path == "content/intake.md");
  CHECK(changes.changed.empty());
  CHECK(titles(changes.removed) == std::vector<std::string>{"Gelijk /versies/2019.1/gelijk/",
                                                            "Intake /versies/2019.1/intake/",
                                                            "Vervallen /versies/2019.1/vervalt/"});
}

load::FormDefinition form(const std::string& id, const std::string& title, const std::string& hash) {
  load::FormDefinition definition;
  definition.id = id;
  definition.path = *base::SitePath::parse("forms/" + id + ".yaml");
  definition.title = title;
  definition.content_hash = hash;
  return definition;
}

TEST_CASE("forms count as pages: added, removed, renamed and changed by content, after the pages",
          "[model][versions]") {
  SiteModel older = kOlder;
  older.forms = {form("evaluatie", "Evaluatie", "f1"), form("oud-plan", "Oud plan", "f2"), form("pip", "PIP", "f3"),
                 form("vervalt", "Vervallen formulier", "f4")};
  SiteModel newer = release("/", {{"content/gelijk.md", "Gelijk", "h4"}, {"content/nieuw.md", "Nieuw", "h5"}});
  newer.forms = {form("evaluatie", "Evaluatie", "f1"), form("intake", "Intakeformulier", "f5"),
                 form("plan", "Plan", "f2"), form("pip", "PIP", "f3b")};
  const ReleaseChanges changes = compare_releases(older, newer, {{"forms/oud-plan.yaml", "forms/plan.yaml"}}, {});
  CHECK(titles(changes.added) == std::vector<std::string>{"Nieuw /nieuw/", "Intakeformulier /formulieren/intake/"});
  CHECK_FALSE(changes.added[0].form);
  CHECK(changes.added[1].form);
  CHECK(changes.added[1].page == 1);  // index into newer.forms
  CHECK(titles(changes.removed) ==
        std::vector<std::string>{"Intake /versies/2019.1/intake/", "Overleg /versies/2019.1/oud/",
                                 "Vervallen /versies/2019.1/vervalt/",
                                 "Vervallen formulier /versies/2019.1/formulieren/vervalt/"});
  REQUIRE(changes.renamed.size() == 1);
  CHECK(changes.renamed[0].from.url == "/versies/2019.1/formulieren/oud-plan/");
  CHECK(changes.renamed[0].to.url == "/formulieren/plan/");
  CHECK_FALSE(changes.renamed[0].changed);
  REQUIRE(changes.changed.size() == 1);
  CHECK(changes.changed[0].before.form);
  CHECK(changes.changed[0].before.page == 2);
  CHECK(changes.changed[0].after.url == "/formulieren/pip/");
}

TEST_CASE("identical releases have no changes", "[model][versions]") {
  const ReleaseChanges changes = compare_releases(kOlder, kOlder, {}, {});
  CHECK(changes.added.empty());
  CHECK(changes.removed.empty());
  CHECK(changes.renamed.empty());
  CHECK(changes.changed.empty());
  CHECK(changes.changed_count() == 0);
}

}  // namespace
}  // namespace handboek::model
