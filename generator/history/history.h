// History: what git knows about the handbook, as plain data (no git types):
// the commits (and which of them touched content/ or forms/), each file's
// chain of changes across renames, and the releases. Filled by
// history_walker and versions; read by the model. Dates come from git, never
// from the clock.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace handboek::history {

struct Commit {
  std::string id;                 // 40 hex digits
  std::string author;             // name as written in the commit (UTF-8)
  int64_t time = 0;               // author time, seconds since the epoch
  int offset_minutes = 0;         // the author's UTC offset
  std::string subject;            // first line of the message
  bool shallow_boundary = false;  // its parents are missing (shallow clone)
  // It changed a file of content/ or forms/. False for merges (their
  // changes belong to the branch commits) and for commits elsewhere.
  bool changes_site = false;
};

enum class ChangeKind { kAdded, kModified, kDeleted, kRenamed, kPresentAtBoundary };

struct FileChange {
  size_t commit = 0;  // index into History::commits
  ChangeKind kind = ChangeKind::kModified;
  std::string path;      // site-relative path after the change ("content/x.md")
  std::string old_path;  // before a rename
};

// One file across its renames: changes newest first.
struct FileChain {
  std::vector<FileChange> changes;
};

struct Version {
  std::string name;       // "2020.1" for tag v2020.1
  std::string tag;        // "v2020.1"
  std::string commit_id;  // the commit the tag points at
  int64_t time = 0;       // tagger time of an annotated tag, else commit time
  int offset_minutes = 0;
  // The whole message of an annotated tag (its release notes), else "".
  std::string message;
};

struct History {
  bool available = false;  // a repository was found and read
  bool shallow = false;
  // Every commit reachable from HEAD and the release tags, newest first
  // (topological, then time); changes_site tells which touched the handbook.
  std::vector<Commit> commits;
  // Per commit: the indices in `commits` of its parents (those that were
  // read; a shallow clone's boundary has none).
  std::vector<std::vector<size_t>> parents;
  std::vector<FileChain> files;
  std::vector<Version> versions;  // releases, newest first
  // Site-relative path at HEAD (or last known) → index into files.
  std::map<std::string, size_t> latest_path;
};

// "3 december 2019" for a git time in the author's own time zone.
std::string dutch_date(int64_t time, int offset_minutes);
// "2019-12-03" likewise.
std::string iso_date(int64_t time, int offset_minutes);

}  // namespace handboek::history
