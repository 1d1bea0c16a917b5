// model/page_history: what each page says about its own history.
#include "model/page_history.h"

#include <catch2/catch.hpp>

#include "history/version_history.h"

namespace handboek::model {
namespace {

using history::ChangeKind;

TEST_CASE("a commit link puts the commit id in place of {commit}", "[model][history]") {
  CHECK(commit_url("https://git.example.org/handboek/commit/{commit}", "0123abcd") ==
        "https://git.example.org/handboek/commit/0123abcd");
}

TEST_CASE("every {commit} in the commit link pattern is replaced", "[model][history]") {
  CHECK(commit_url("https://x.example/{commit}?from={commit}", "beef") == "https://x.example/beef?from=beef");
}

TEST_CASE("without a commit link pattern there is no commit link", "[model][history]") {
  CHECK(commit_url("", "0123abcd").empty());
}

TEST_CASE("a pattern without {commit} is used as it is", "[model][history]") {
  CHECK(commit_url("https://git.example.org/log", "0123abcd") == "https://git.example.org/log");
}

SiteModel model_with(const std::vector<std::string>& paths) {
  SiteModel model;
  for (const std::string& path : paths) {
    PageEntry entry;
    entry.page.path = *base::SitePath::parse(path);
    model.pages.push_back(std::move(entry));
  }
  return model;
}

history::History two_commits() {
  history::History history;
  history.available = true;
  history.commits = {
      {"bbbb", "José Müller", 1579077000, 60, "Intake aangescherpt", false, true},
      {"aaaa", "Anne de Vries", 1575363600, 60, "Eerste versie", true, true},
  };
  history.files = {{{{0, ChangeKind::kRenamed, "content/intake.md", "content/oud.md"},
                     {1, ChangeKind::kPresentAtBoundary, "content/oud.md", ""}}}};
  history.latest_path = {{"content/intake.md", 0}};
  return history;
}

TEST_CASE("each page gets its changes newest first with Dutch dates and commit links", "[model][history]") {
  const history::History history = two_commits();
  const history::VersionHistory version(history, {true, true});
  BuildContext context;
  context.history = &version;
  context.commit_url = "https://git.example.org/c/{commit}";
  SiteModel model = model_with({"content/intake.md"});
  attach_history(model, context);

  CHECK(model.history_available);
  const std::vector<PageChange>& changes = model.pages[0].history;
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].commit_id == "bbbb");
  CHECK(changes[0].commit_url == "https://git.example.org/c/bbbb");
  CHECK(changes[0].author == "José Müller");
  CHECK(changes[0].date == "15 januari 2020");
  CHECK(changes[0].iso_date == "2020-01-15");
  CHECK(changes[0].subject == "Intake aangescherpt");
  CHECK(changes[0].renamed);
  CHECK_FALSE(changes[0].boundary);
  CHECK(changes[1].date == "3 december 2019");
  CHECK_FALSE(changes[1].renamed);
  CHECK(changes[1].boundary);
}

TEST_CASE("a page git does not know has no history, and uncommitted pages are marked", "[model][history]") {
  const history::History history = two_commits();
  const history::VersionHistory version(history, {true, true});
  BuildContext context;
  context.history = &version;
  context.uncommitted = {"content/nieuw.md"};
  SiteModel model = model_with({"content/intake.md", "content/nieuw.md"});
  attach_history(model, context);

  CHECK_FALSE(model.pages[0].uncommitted);
  CHECK(model.pages[1].uncommitted);
  CHECK(model.pages[1].history.empty());
}

TEST_CASE("without git the model records that no history is available", "[model][history]") {
  SiteModel model = model_with({"content/intake.md"});
  attach_history(model, BuildContext{});
  CHECK_FALSE(model.history_available);
  CHECK(model.pages[0].history.empty());
}

}  // namespace
}  // namespace handboek::model
