// The files that differ between two trees, below some folders, like git's
// own log computes them: subtrees with equal ids are skipped without being
// read, so the cost follows what changed, not the size of the tree.
// (libgit2's git_diff_tree_to_tree with a pathspec visits every entry.)
// Renames are found as git finds them: identical content first, then by
// similarity through libgit2, only for the few files left over.
#pragma once

#include <string>
#include <vector>

#include <git2.h>

namespace handboek::history {

struct TreeDelta {
  enum class Status { kAdded, kDeleted, kModified, kRenamed };
  Status status = Status::kModified;
  std::string path;      // repository path after the change (before, for a deletion)
  std::string old_path;  // for a rename
};

// Changes from `old_tree` (null: an empty tree) to `new_tree` below each of
// `folders` ("content/", "forms/", relative to the repository root), sorted
// by path. false when a tree could not be read.
bool diff_trees(git_repository* repository, const git_tree* old_tree, const git_tree* new_tree,
                const std::vector<std::string>& folders, std::vector<TreeDelta>& out);

}  // namespace handboek::history
