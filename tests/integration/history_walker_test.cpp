// history/history_walker and history/versions on real repositories made in
// the test: exact history per file (renames, reverts, merges, non-ASCII
// authors), releases from annotated and lightweight tags, detached HEAD.
#include "history/history_walker.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

#include "git_fixture.h"
#include "history/version_history.h"
#include "history/versions.h"
#include "release_fixture.h"
#include "temp_site.h"

namespace handboek::testing {
using handboek::testing::at;

namespace {

using history::ChangeKind;

const GitSignature kAnne = handboek::testing::anne("2019-12-03T10:00:00+01:00");
const GitSignature kJose{"José Müller", "jose@example.org", "2020-01-15T09:30:00+01:00"};
const GitSignature kBram{"Bram Bakker", "bram@example.org", "2020-01-10T14:00:00+01:00"};

std::string page(const std::string& title, const std::string& body) {
  return "---\ntitle: " + title + "\n---\n" + body + "\n";
}

struct Walked {
  std::shared_ptr<source::GitRepository> repository;
  history::History history;
  base::Diagnostics diagnostics;
};

Walked walk(const fs::path& site_dir, std::string tags = "v*") {
  Walked walked;
  auto repository = source::GitRepository::discover(site_dir);
  if (!repository.ok()) throw std::runtime_error("no repository: " + repository.status().message());
  walked.repository = std::move(*repository);
  walked.history = history::read_history(*walked.repository, {std::move(tags)}, walked.diagnostics);
  return walked;
}

const char* kind_name(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kAdded: return "added";
    case ChangeKind::kModified: return "modified";
    case ChangeKind::kDeleted: return "deleted";
    case ChangeKind::kRenamed: return "renamed";
    case ChangeKind::kPresentAtBoundary: return "present";
  }
  return "?";
}

// "2020-01-15 José Müller: Intake aangescherpt [modified content/x.md]", newest first.
std::vector<std::string> file_history(const history::History& history, const std::string& path) {
  std::vector<std::string> lines;
  const auto chain = history.latest_path.find(path);
  if (chain == history.latest_path.end()) return lines;
  for (const history::FileChange& change : history.files[chain->second].changes) {
    const history::Commit& commit = history.commits[change.commit];
    lines.push_back(history::iso_date(commit.time, commit.offset_minutes) + " " + commit.author + ": " +
                    commit.subject + " [" + kind_name(change.kind) + " " + change.path +
                    (change.old_path.empty() ? "" : " from " + change.old_path) + "]");
  }
  return lines;
}

std::vector<std::string> subjects(const history::History& history) {
  std::vector<std::string> out;
  for (const history::Commit& commit : history.commits) out.push_back(commit.subject);
  return out;
}

// Three pages; intake edited, overleg renamed; theme and site.yaml outside
// the history's folders.
void make_story(const GitFixture& repo) {
  repo.write("site.yaml", "title: Testhandboek\n");
  repo.write("content/_index.md", page("Home", "Welkom."));
  repo.write("content/werkwijze/intake.md", page("Intake", "De intake begint met een gesprek."));
  repo.write("content/werkwijze/oud.md", page("Overleg", "Het overleg is elke week op dinsdag."));
  repo.commit("Eerste versie van het handboek", kAnne);
  repo.write("content/werkwijze/intake.md", page("Intake", "De intake begint met een goed gesprek."));
  repo.commit("Intake aangescherpt", kJose);
  repo.move("content/werkwijze/oud.md", "content/werkwijze/overleg.md");
  repo.commit("Overleg hernoemd", at(kAnne, "2020-02-01T12:00:00+01:00"));
  repo.write("site.yaml", "title: Ons handboek\n");
  repo.commit("Titel van de site aangepast", at(kAnne, "2020-02-02T08:00:00+01:00"));
}

TEST_CASE("each file's history lists its commits newest first with author, date and subject", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  make_story(repo);
  const Walked walked = walk(dir.path());
  CHECK(walked.diagnostics.empty());
  CHECK(walked.history.available);
  CHECK_FALSE(walked.history.shallow);
  CHECK(subjects(walked.history) == std::vector<std::string>{"Titel van de site aangepast", "Overleg hernoemd",
                                                             "Intake aangescherpt", "Eerste versie van het handboek"});
  CHECK(file_history(walked.history, "content/werkwijze/intake.md") ==
        std::vector<std::string>{
            "2020-01-15 José Müller: Intake aangescherpt [modified content/werkwijze/intake.md]",
            "2019-12-03 Anne de Vries: Eerste versie van het handboek [added content/werkwijze/intake.md]",
        });
  CHECK(file_history(walked.history, "content/_index.md") ==
        std::vector<std::string>{"2019-12-03 Anne de Vries: Eerste versie van het handboek [added content/_index.md]"});
}

TEST_CASE("only commits that changed content/ or forms/ are marked as changing the handbook", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  make_story(repo);
  const Walked walked = walk(dir.path());
  std::vector<bool> changes_site;
  for (const history::Commit& commit : walked.history.commits) changes_site.push_back(commit.changes_site);
  CHECK(changes_site == std::vector<bool>{false, true, true, true});
  CHECK(walked.history.latest_path.count("site.yaml") == 0);
}

TEST_CASE("a renamed page keeps the history from before the rename", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  make_story(repo);
  const Walked walked = walk(dir.path());
  CHECK(file_history(walked.history, "content/werkwijze/overleg.md") ==
        std::vector<std::string>{
            "2020-02-01 Anne de Vries: Overleg hernoemd [renamed content/werkwijze/overleg.md from "
            "content/werkwijze/oud.md]",
            "2019-12-03 Anne de Vries: Eerste versie van het handboek [added content/werkwijze/oud.md]",
        });
  CHECK(walked.history.latest_path.count("content/werkwijze/oud.md") == 0);
}

TEST_CASE("a page that takes the path of a deleted page does not inherit its history", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  repo.write("content/a.md", page("A", "De oude pagina A met eigen tekst."));
  repo.write("content/b.md", page("B", "Pagina B die later de plaats van A inneemt."));
  repo.commit("A en B", kAnne);
  repo.remove("content/a.md");
  repo.commit("A vervalt", at(kAnne, "2020-01-01T10:00:00+01:00"));
  repo.move("content/b.md", "content/a.md");
  repo.commit("B heet nu A", at(kAnne, "2020-01-02T10:00:00+01:00"));
  const Walked walked = walk(dir.path());
  CHECK(file_history(walked.history, "content/a.md") ==
        std::vector<std::string>{"2020-01-02 Anne de Vries: B heet nu A [renamed content/a.md from content/b.md]",
                                 "2019-12-03 Anne de Vries: A en B [added content/b.md]"});
}

TEST_CASE("a file changed and then reverted keeps all three commits", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  repo.write("content/intake.md", page("Intake", "Versie een."));
  repo.commit("Intake toegevoegd", kAnne);
  repo.write("content/intake.md", page("Intake", "Versie twee."));
  repo.commit("Intake herschreven", kJose);
  const GitSignature reverter = at(kBram, "2020-01-20T16:00:00+01:00");
  repo.git({"revert", "--no-edit", "HEAD"}, &reverter);
  const Walked walked = walk(dir.path());
  CHECK(file_history(walked.history, "content/intake.md") ==
        std::vector<std::string>{
            "2020-01-20 Bram Bakker: Revert \"Intake herschreven\" [modified content/intake.md]",
            "2020-01-15 José Müller: Intake herschreven [modified content/intake.md]",
            "2019-12-03 Anne de Vries: Intake toegevoegd [added content/intake.md]",
        });
}

TEST_CASE("a change made on a branch belongs to the branch commit; the merge adds none", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  repo.write("content/intake.md", page("Intake", "Begin."));
  repo.write("content/overleg.md", page("Overleg", "Wekelijks."));
  repo.commit("Eerste versie", kAnne);
  repo.create_branch("zijpad");
  repo.switch_to("zijpad");
  repo.write("content/overleg.md", page("Overleg", "Elke twee weken."));
  repo.commit("Overleg minder vaak", kBram);
  repo.switch_to("main");
  repo.write("content/intake.md", page("Intake", "Begin met een gesprek."));
  repo.commit("Intake uitgebreid", at(kJose, "2020-01-12T11:00:00+01:00"));
  repo.merge("zijpad", "Merge branch 'zijpad'", at(kAnne, "2020-01-20T09:00:00+01:00"));
  const Walked walked = walk(dir.path());
  CHECK(subjects(walked.history) ==
        std::vector<std::string>{"Merge branch 'zijpad'", "Intake uitgebreid", "Overleg minder vaak", "Eerste versie"});
  CHECK_FALSE(walked.history.commits[0].changes_site);
  CHECK(file_history(walked.history, "content/overleg.md") ==
        std::vector<std::string>{"2020-01-10 Bram Bakker: Overleg minder vaak [modified content/overleg.md]",
                                 "2019-12-03 Anne de Vries: Eerste versie [added content/overleg.md]"});
  CHECK(file_history(walked.history, "content/intake.md") ==
        std::vector<std::string>{"2020-01-12 José Müller: Intake uitgebreid [modified content/intake.md]",
                                 "2019-12-03 Anne de Vries: Eerste versie [added content/intake.md]"});
}

TEST_CASE("author names are kept exactly as written, accents and all", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  repo.write("content/a.md", page("A", "Tekst."));
  repo.commit("Één wijziging", {"Zoë Ørsted-Çelik 李", "zoe@example.org", "2021-06-30T23:59:00+02:00"});
  const Walked walked = walk(dir.path());
  CHECK(file_history(walked.history, "content/a.md") ==
        std::vector<std::string>{"2021-06-30 Zoë Ørsted-Çelik 李: Één wijziging [added content/a.md]"});
}

TEST_CASE("a site in a subfolder of the repository sees paths relative to the site", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  repo.write("README.md", "Repository met meer dan het handboek.\n");
  repo.write("docs/handboek/content/a.md", page("A", "Tekst."));
  repo.write("content/elders.md", page("Elders", "Niet van de site."));
  repo.commit("Handboek in docs/", kAnne);
  const Walked walked = walk(dir.path() / "docs" / "handboek");
  CHECK(walked.repository->site_prefix() == "docs/handboek/");
  CHECK(file_history(walked.history, "content/a.md") ==
        std::vector<std::string>{"2019-12-03 Anne de Vries: Handboek in docs/ [added content/a.md]"});
  CHECK(walked.history.latest_path.size() == 1);
}

TEST_CASE("annotated and lightweight tags are releases named without the v, newest first", "[history][versions]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  make_story(repo);
  repo.annotated_tag("v2019.1", "Versie 2019.1\n\nDe eerste vastgestelde versie.",
                     at(kBram, "2019-12-04T09:00:00+01:00"), "HEAD~3");
  repo.tag("v2020.1");
  repo.tag("test-build");  // does not match v*
  const Walked walked = walk(dir.path());
  const std::vector<history::Version>& versions = walked.history.versions;
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].name == "2020.1");
  CHECK(versions[0].tag == "v2020.1");
  CHECK(versions[0].commit_id == repo.git({"rev-parse", "HEAD"}));
  CHECK(history::dutch_date(versions[0].time, versions[0].offset_minutes) == "2 februari 2020");  // commit date
  CHECK(versions[0].message.empty());
  CHECK(versions[1].name == "2019.1");
  CHECK(versions[1].commit_id == repo.git({"rev-parse", "HEAD~3"}));
  CHECK(history::dutch_date(versions[1].time, versions[1].offset_minutes) == "4 december 2019");  // tagger date
  CHECK(versions[1].message == "Versie 2019.1\n\nDe eerste vastgestelde versie.\n");
}

TEST_CASE("a version's history holds only the commits reachable from its tag", "[history][versions]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  make_story(repo);
  repo.tag("v2019.1", "HEAD~3");
  const Walked walked = walk(dir.path());
  const history::VersionHistory old_release(
      walked.history, history::commits_reachable_from(walked.history, walked.history.versions[0].commit_id));
  CHECK(old_release.changes_for("content/werkwijze/intake.md").size() == 1);
  CHECK(old_release.changes_for("content/werkwijze/oud.md").size() == 1);
  CHECK(old_release.changes_for("content/werkwijze/overleg.md").empty());
}

TEST_CASE("with a detached HEAD the history is read from the commit HEAD points at", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  make_story(repo);
  const std::string second = repo.git({"rev-parse", "HEAD~2"});
  repo.detach(second);
  const Walked walked = walk(dir.path());
  CHECK(walked.diagnostics.empty());
  CHECK(history::head_commit(*walked.repository) == second);
  CHECK(subjects(walked.history) == std::vector<std::string>{"Intake aangescherpt", "Eerste versie van het handboek"});
  CHECK(file_history(walked.history, "content/werkwijze/oud.md").size() == 1);
}

TEST_CASE("a repository without commits is a warning and no history", "[history]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  const Walked walked = walk(dir.path());
  CHECK_FALSE(walked.history.available);
  REQUIRE(walked.diagnostics.sorted().size() == 1);
  CHECK(walked.diagnostics.sorted()[0].format() ==
        ".: warning: de git-repository heeft nog geen commits; pagina's tonen geen geschiedenis");
}

}  // namespace
// A long history written with `git fast-import` (a git commit per process
// would take minutes): 1,200 commits over 40 pages, a rename every 97th
// commit, a side branch merged back. Enough commits for several workers.
void write_long_history(const fs::path& root) {
  std::string stream;
  std::vector<std::string> names;
  for (int page = 0; page < 40; ++page) names.push_back("content/p" + std::to_string(page) + ".md");
  const auto commit = [&](const std::string& ref, int mark, int n, const std::string& changes, int from, int merge) {
    const std::string message = "Wijziging " + std::to_string(n) + "\n";
    stream += "commit " + ref + "\nmark :" + std::to_string(mark) + "\n";
    stream += "author Anne <anne@example.org> " + std::to_string(1575360000 + n * 60) + " +0100\n";
    stream += "committer Anne <anne@example.org> " + std::to_string(1575360000 + n * 60) + " +0100\n";
    stream += "data " + std::to_string(message.size()) + "\n" + message;
    if (from) stream += "from :" + std::to_string(from) + "\n";
    if (merge) stream += "merge :" + std::to_string(merge) + "\n";
    stream += changes + "\n";
  };
  const auto modify = [](const std::string& path, int n) {
    const std::string body = "---\ntitle: Pagina\n---\nVersie " + std::to_string(n) + " van " + path + "\n";
    return "M 100644 inline " + path + "\ndata " + std::to_string(body.size()) + "\n" + body;
  };
  int mark = 0;
  for (int n = 1; n <= 1200; ++n) {
    std::string changes = modify(names[static_cast<size_t>(n) % names.size()], n);
    if (n % 97 == 0) {
      std::string& renamed = names[static_cast<size_t>(n / 97) % names.size()];
      const std::string to = "content/hernoemd-" + std::to_string(n) + ".md";
      changes += "R " + renamed + " " + to + "\n";
      renamed = to;
    }
    if (n == 600) {  // a side branch of 5 commits from here, merged at 610
      for (int side = 1; side <= 5; ++side) {
        commit("refs/heads/zijtak", 2000 + side, 5000 + side, modify("content/zijtak.md", side),
               side == 1 ? mark : 1999 + side, 0);
      }
    }
    const int previous = mark;
    ++mark;
    commit("refs/heads/main", mark, n, changes, previous, n == 610 ? 2005 : 0);
  }
  const fs::path file = root / "import.txt";
  std::ofstream(file, std::ios::binary) << stream;
  const std::string command = "git -C '" + root.string() + "' fast-import --quiet < '" + file.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  fs::remove(file);
}

TEST_CASE("a long history reads the same on one thread and on several", "[history][parallel]") {
  const TempDir dir;
  const GitFixture repo(dir.path());
  write_long_history(dir.path());
  repo.git({"reset", "--quiet", "--hard", "main"});
  const auto discovered = source::GitRepository::discover(dir.path());
  REQUIRE(discovered.ok());
  const auto& repository = *discovered;
  // Debian's libgit2 has thread support, so the second walk really runs on
  // two threads (1,205 commits, 512 a worker); the TSan build checks it.
  REQUIRE(source::libgit2_supports_threads());
  base::Diagnostics diagnostics;
  const history::History one = history::read_history(*repository, {"v*", 1}, diagnostics);
  const history::History three = history::read_history(*repository, {"v*", 3}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(one.commits.size() == 1205);  // 1,200 on main (one of them the merge) and 5 on the side branch
  REQUIRE(three.commits.size() == one.commits.size());
  for (size_t i = 0; i < one.commits.size(); ++i) {
    CHECK(three.commits[i].id == one.commits[i].id);
    CHECK(three.commits[i].changes_site == one.commits[i].changes_site);
  }
  CHECK(three.parents == one.parents);
  CHECK(three.latest_path == one.latest_path);
  for (const auto& [path, chain] : one.latest_path) CHECK(file_history(three, path) == file_history(one, path));
  // A renamed page keeps its whole past under its new name.
  CHECK(file_history(one, "content/hernoemd-97.md").size() > 20);
  // Reachability follows the parents, the side branch too.
  const std::vector<bool> all = history::commits_reachable_from(one, one.commits.front().id);
  CHECK(std::count(all.begin(), all.end(), true) == 1205);
  const std::string before_merge = repo.git({"rev-parse", "main~591"});  // commit 609 on main
  const std::vector<bool> older = history::commits_reachable_from(one, before_merge);
  CHECK(std::count(older.begin(), older.end(), true) == 609);
}

}  // namespace handboek::testing
