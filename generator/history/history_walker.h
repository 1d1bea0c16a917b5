// Reads the whole history of content/ and forms/ in ONE walk over the commits: each
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
  // The site's content folder (source::find_content_folder): "docs" for a
  // MkDocs handbook. Its files are reported as content/… like every path
  // after the Source (source/content_folder_source.h).
  std::string content_dir = "content";
};

// Walks from HEAD and from every release tag: each commit is read once,
// then the commits are diffed on `jobs` threads; the rename-following runs
// after, in walk order (children first, then newest first, like
// GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME), so the result does not depend on
// the number of threads. Problems (no HEAD, a shallow clone, where the walk
// stops at the missing parents) are warnings; the result then says what is
// known.
History read_history(const source::GitRepository& repository, const WalkOptions& options,
                     base::Diagnostics& diagnostics);

}  // namespace handboek::history
