// VersionHistory: the history as one build sees it — only the commits that
// are part of its version (reachable from its tag, or from HEAD for the
// working tree), with each file found by the path it has in that version.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "history/history.h"

namespace handboek::history {

class VersionHistory {
 public:
  // `in_version[i]` says whether history.commits[i] belongs to the version.
  // REQUIRES: `history` outlives this object.
  VersionHistory(const History& history, std::vector<bool> in_version);

  // The changes of the file at `path` (site-relative) in this version,
  // newest first; empty when git knows nothing of it (e.g. uncommitted).
  std::vector<const FileChange*> changes_for(const std::string& path) const;
  const Commit& commit(size_t index) const { return history_.commits[index]; }
  bool contains(size_t commit) const { return in_version_[commit]; }
  size_t commit_count() const { return in_version_.size(); }
  // Path in this version → the file's chain (stable across renames).
  const std::map<std::string, size_t>& paths() const { return chain_by_path_; }
  bool shallow() const { return history_.shallow; }

 private:
  const History& history_;
  std::vector<bool> in_version_;
  std::map<std::string, size_t> chain_by_path_;  // path in this version → chain
};

// Files whose path differs between two versions of the same history:
// path in `older` → path in `newer`.
std::map<std::string, std::string> renames_between(const VersionHistory& older, const VersionHistory& newer);

// Subjects of the commits in `newer` that are not in `older` and changed
// content/ or forms/, newest first: the release notes. Merge commits and
// commits outside the handbook (theme, tooling) are left out.
std::vector<std::string> release_notes(const VersionHistory& older, const VersionHistory& newer);

}  // namespace handboek::history
