// history/version_history: one version's view of the history, renames
// between two versions and release notes. History is plain data, so these
// tests write it out by hand; history_walker_test reads real repositories.
#include "history/version_history.h"

#include <catch2/catch.hpp>

namespace handboek::history {
namespace {

using Kind = ChangeKind;

// Four commits, newest first: a rename, a merge, an edit with a deletion,
// and the first version that added every file.
History sample_history() {
  History history;
  history.available = true;
  history.commits = {
      {"c3", "Anne de Vries", 1580554800, 60, "Overleg hernoemd", false, true},
      {"m1", "Anne de Vries", 1580468400, 60, "Merge branch 'zijpad'", false, false},
      {"c2", "José Müller", 1579077000, 60, "Intake aangescherpt", false, true},
      {"c1", "Anne de Vries", 1575363600, 60, "Eerste versie", false, true},
  };
  history.files = {
      {{{2, Kind::kModified, "content/intake.md", ""}, {3, Kind::kAdded, "content/intake.md", ""}}},
      {{{0, Kind::kRenamed, "content/overleg.md", "content/oud.md"}, {3, Kind::kAdded, "content/oud.md", ""}}},
      {{{2, Kind::kDeleted, "content/vervallen.md", ""}, {3, Kind::kAdded, "content/vervallen.md", ""}}},
  };
  history.latest_path = {{"content/intake.md", 0}, {"content/overleg.md", 1}, {"content/vervallen.md", 2}};
  return history;
}

const std::vector<bool> kFirstOnly = {false, false, false, true};
const std::vector<bool> kAll = {true, true, true, true};

std::vector<std::string> subjects(const VersionHistory& version, const std::string& path) {
  std::vector<std::string> out;
  for (const FileChange* change : version.changes_for(path)) out.push_back(version.commit(change->commit).subject);
  return out;
}

TEST_CASE("a version sees only its own commits of a file, newest first", "[history]") {
  const History history = sample_history();
  const VersionHistory older(history, kFirstOnly);
  const VersionHistory newer(history, kAll);
  CHECK(subjects(older, "content/intake.md") == std::vector<std::string>{"Eerste versie"});
  CHECK(subjects(newer, "content/intake.md") == std::vector<std::string>{"Intake aangescherpt", "Eerste versie"});
}

TEST_CASE("a version finds a renamed file by the name it has in that version", "[history]") {
  const History history = sample_history();
  const VersionHistory older(history, kFirstOnly);
  const VersionHistory newer(history, kAll);
  CHECK(subjects(newer, "content/overleg.md") == std::vector<std::string>{"Overleg hernoemd", "Eerste versie"});
  CHECK(subjects(newer, "content/oud.md").empty());
  CHECK(subjects(older, "content/oud.md") == std::vector<std::string>{"Eerste versie"});
  CHECK(subjects(older, "content/overleg.md").empty());
}

TEST_CASE("a file deleted in a version has no path there but keeps it in older versions", "[history]") {
  const History history = sample_history();
  CHECK(VersionHistory(history, kAll).paths().count("content/vervallen.md") == 0);
  CHECK(VersionHistory(history, kFirstOnly).paths().count("content/vervallen.md") == 1);
}

TEST_CASE("a file git knows nothing of has no changes", "[history]") {
  const History history = sample_history();
  CHECK(VersionHistory(history, kAll).changes_for("content/nieuw-en-niet-vastgelegd.md").empty());
}

TEST_CASE("renames between two versions map the older path to the newer one", "[history]") {
  const History history = sample_history();
  const VersionHistory older(history, kFirstOnly);
  const VersionHistory newer(history, kAll);
  CHECK(renames_between(older, newer) == std::map<std::string, std::string>{{"content/oud.md", "content/overleg.md"}});
  CHECK(renames_between(newer, older) == std::map<std::string, std::string>{{"content/overleg.md", "content/oud.md"}});
  CHECK(renames_between(newer, newer).empty());
}

TEST_CASE("release notes are the subjects of the new commits that changed the handbook, newest first", "[history]") {
  const History history = sample_history();
  const VersionHistory older(history, kFirstOnly);
  const VersionHistory newer(history, kAll);
  CHECK(release_notes(older, newer) == std::vector<std::string>{"Overleg hernoemd", "Intake aangescherpt"});
}

TEST_CASE("a merge commit and a commit outside content/ and forms/ are not release notes", "[history]") {
  History history = sample_history();
  history.commits[0].changes_site = false;  // e.g. a change to the theme
  const VersionHistory older(history, kFirstOnly);
  const VersionHistory newer(history, kAll);
  CHECK(release_notes(older, newer) == std::vector<std::string>{"Intake aangescherpt"});
}

TEST_CASE("a version compared with itself has no release notes", "[history]") {
  const History history = sample_history();
  const VersionHistory version(history, kAll);
  CHECK(release_notes(version, version).empty());
}

}  // namespace
}  // namespace handboek::history
