// Reads the whole history of content/ and forms/ in ONE revision walk: each
// commit is diffed once against its parent (with rename detection), so the
// cost grows with commits and changed files, never commits × files.
// Merge commits add no changes of their own (like `git log`): a change made
// on a branch is attributed to the branch commit that made it.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "history/history.h"
#include "source/git_repository.h"

namespace handboek::history {

struct WalkOptions {
  std::string tag_pattern = "v*";  // fnmatch pattern of release tags
  int jobs = 0;                    // threads that read and diff commits; 0: one per core
};

// Walks from HEAD and from every release tag. Commits are read and diffed
// on `jobs` threads; the rename-following runs after, in walk order, so the
// result does not depend on the number of threads. Problems (no HEAD, a shallow
// clone) are warnings; the result then says what is known.
// The commits reachable from `starts`, children before parents and newer
// before older (GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME). Also works in a
// shallow clone, where it stops at the missing parents.
// REQUIRES: the repository lock is held.
std::vector<git_oid> walk_commits(const source::GitRepository& repository, const std::vector<git_oid>& starts);

History read_history(const source::GitRepository& repository, const WalkOptions& options,
                     base::Diagnostics& diagnostics);

}  // namespace handboek::history
