// Releases: the tags that match the pattern from site.yaml (default "v*"),
// annotated or lightweight, peeled to their commit. A version is named
// after its tag without the leading 'v' (v2020.1 → 2020.1).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "history/history.h"
#include "source/git_repository.h"

namespace handboek::history {

// Newest first (by date, then name). REQUIRES: the repository lock is held.
std::vector<Version> list_versions(const source::GitRepository& repository, const std::string& tag_pattern,
                                   base::Diagnostics& diagnostics);

// For each commit of `history`: is it reachable from `commit_id` (a
// release's commit, or HEAD's)? Used to show a page's history as it was
// in that version. Follows `history.parents`: no second walk of the
// repository (a site with 20 releases would otherwise walk it 20 times).
std::vector<bool> commits_reachable_from(const History& history, const std::string& commit_id);

// The commit HEAD points at (detached or not); "" in an empty repository.
std::string head_commit(const source::GitRepository& repository);

}  // namespace handboek::history
