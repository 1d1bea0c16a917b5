// The files that differ between two trees, below some folders, like git's
// own log computes them: subtrees with equal ids are skipped without being
// read, so the cost follows what changed, not the size of the tree.
// (libgit2's git_diff_tree_to_tree with a pathspec visits every entry.)
// Renames are found as git finds them: identical content first, then by
// similarity through libgit2, only for the few files left over.
#pragma once

#include <git2.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "source/git_handle.h"

namespace handboek::history {

// The trees read for the last commit diffed, kept for the next one: walking
// from child to parent, a commit's "before" trees are the next commit's
// "after" trees. Replaces libgit2's object cache for the walk (which the
// generator turns off for trees, see source/git_handle.cpp): that cache
// keeps every tree read, hundreds of MB for a long history, and its growth
// cost more than the reads it saved. One per thread, like the repository.
class RecentTrees {
 public:
  explicit RecentTrees(git_repository* repository) : repository_(repository) {}
  // The tree, or null when it cannot be read. Stays valid until the second
  // next_commit() after its last lookup.
  const git_tree* lookup(const git_oid& id);
  // Starts the next commit: trees the last commit did not use are dropped.
  void next_commit();
  git_repository* repository() const { return repository_; }

 private:
  using Trees = std::unordered_map<git_oid, source::GitTreePtr, source::OidHash, source::OidEqual>;
  git_repository* repository_;
  Trees current_;   // read or used for the commit being diffed
  Trees previous_;  // those of the commit before
};

struct TreeDelta {
  enum class Status { kAdded, kDeleted, kModified, kRenamed };
  Status status = Status::kModified;
  std::string path;      // repository path after the change (before, for a deletion)
  std::string old_path;  // for a rename
};

// Changes from `old_tree` (null: an empty tree) to `new_tree` below each of
// `folders` ("content/", "forms/", relative to the repository root), sorted
// by path. false when a tree could not be read.
// Trees are read through `trees`.
bool diff_trees(RecentTrees& trees, const git_tree* old_tree, const git_tree* new_tree,
                const std::vector<std::string>& folders, std::vector<TreeDelta>& out);

}  // namespace handboek::history
