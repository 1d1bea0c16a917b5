#include "history/tree_diff.h"

#include <algorithm>

#include "source/git_handle.h"

namespace handboek::history {

namespace {

using source::GitDiffPtr;
using source::GitTreePtr;

struct BlobChange {
  std::string path;
  git_oid id;
};

class TreeComparer {
 public:
  explicit TreeComparer(RecentTrees& trees) : trees_(trees) {}

  // Compares two trees (either may be null) found at `prefix`. Entries are
  // in git's own order (git_tree_entry_cmp), so one merge pass pairs them.
  bool compare(const git_tree* before, const git_tree* after, const std::string& prefix) {
    const size_t old_count = before ? git_tree_entrycount(before) : 0;
    const size_t new_count = after ? git_tree_entrycount(after) : 0;
    size_t i = 0, j = 0;
    while (i < old_count || j < new_count) {
      const git_tree_entry* old_entry = i < old_count ? git_tree_entry_byindex(before, i) : nullptr;
      const git_tree_entry* new_entry = j < new_count ? git_tree_entry_byindex(after, j) : nullptr;
      const int order = !old_entry ? 1 : !new_entry ? -1 : git_tree_entry_cmp(old_entry, new_entry);
      const git_tree_entry* before_entry = order <= 0 ? old_entry : nullptr;
      const git_tree_entry* after_entry = order >= 0 ? new_entry : nullptr;
      // Most entries are unchanged: skip them before building any path.
      const bool unchanged = before_entry && after_entry &&
                             git_oid_equal(git_tree_entry_id(before_entry), git_tree_entry_id(after_entry)) &&
                             git_tree_entry_filemode(before_entry) == git_tree_entry_filemode(after_entry);
      if (!unchanged) {
        const git_tree_entry* entry = before_entry ? before_entry : after_entry;
        if (!compare_entry(before_entry, after_entry, prefix + git_tree_entry_name(entry))) return false;
      }
      if (order <= 0) ++i;
      if (order >= 0) ++j;
    }
    return true;
  }

  std::vector<BlobChange> added;
  std::vector<BlobChange> deleted;
  std::vector<std::string> modified;

 private:
  static bool is_tree(const git_tree_entry* entry) { return entry && git_tree_entry_type(entry) == GIT_OBJECT_TREE; }
  static bool is_blob(const git_tree_entry* entry) {
    return entry && git_tree_entry_type(entry) == GIT_OBJECT_BLOB &&
           git_tree_entry_filemode(entry) != GIT_FILEMODE_LINK;
  }

  const git_tree* subtree(const git_tree_entry* entry) {
    return is_tree(entry) ? trees_.lookup(*git_tree_entry_id(entry)) : nullptr;
  }

  bool compare_entry(const git_tree_entry* before, const git_tree_entry* after, const std::string& path) {
    if (before && after && git_oid_equal(git_tree_entry_id(before), git_tree_entry_id(after)) &&
        git_tree_entry_filemode(before) == git_tree_entry_filemode(after)) {
      return true;  // unchanged, whatever is inside
    }
    if (is_blob(before) && is_blob(after)) {
      modified.push_back(path);
      return true;
    }
    // Folders are compared inside; a file that became a folder (or the
    // reverse) is one deletion and one addition.
    if (is_tree(before) || is_tree(after)) {
      const git_tree* old_tree = subtree(before);
      const git_tree* new_tree = subtree(after);
      if ((is_tree(before) && !old_tree) || (is_tree(after) && !new_tree)) return false;
      if (!compare(old_tree, new_tree, path + "/")) return false;
    }
    if (is_blob(before)) deleted.push_back({path, *git_tree_entry_id(before)});
    if (is_blob(after)) added.push_back({path, *git_tree_entry_id(after)});
    return true;
  }

  RecentTrees& trees_;
};

// The tree of `folder` ("content/", "a/b/content/") below `root`, or null.
const git_tree* folder_tree(RecentTrees& trees, const git_tree* root, const std::string& folder) {
  const git_tree* tree = root;
  size_t start = 0;
  while (tree && start < folder.size()) {
    const size_t slash = folder.find('/', start);
    const git_tree_entry* entry = git_tree_entry_byname(tree, folder.substr(start, slash - start).c_str());
    if (!entry || git_tree_entry_type(entry) != GIT_OBJECT_TREE) return nullptr;
    tree = trees.lookup(*git_tree_entry_id(entry));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return tree;
}

// Renames whose content changed too: libgit2's similarity detection, run
// on just the files that were added and deleted in this commit.
void find_similar_renames(git_repository* repository, const git_tree* old_tree, const git_tree* new_tree,
                          std::vector<BlobChange>& added, std::vector<BlobChange>& deleted,
                          std::vector<TreeDelta>& out) {
  std::vector<std::string> paths;
  for (const BlobChange& change : added) paths.push_back(change.path);
  for (const BlobChange& change : deleted) paths.push_back(change.path);
  std::vector<char*> pointers;
  for (std::string& path : paths) pointers.push_back(path.data());
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH;
  options.pathspec = {pointers.data(), pointers.size()};
  git_diff* raw = nullptr;
  if (git_diff_tree_to_tree(&raw, repository, const_cast<git_tree*>(old_tree), const_cast<git_tree*>(new_tree),
                            &options) != 0) {
    return;
  }
  const GitDiffPtr diff(raw);
  git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
  find.flags = GIT_DIFF_FIND_RENAMES;
  if (git_diff_find_similar(diff.get(), &find) != 0) return;
  for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
    if (delta->status != GIT_DELTA_RENAMED) continue;
    const std::string from = delta->old_file.path;
    const std::string to = delta->new_file.path;
    std::erase_if(added, [&](const BlobChange& change) { return change.path == to; });
    std::erase_if(deleted, [&](const BlobChange& change) { return change.path == from; });
    out.push_back({TreeDelta::Status::kRenamed, to, from});
  }
}

}  // namespace

const git_tree* RecentTrees::lookup(const git_oid& id) {
  if (const auto found = current_.find(id); found != current_.end()) return found->second.get();
  if (const auto kept = previous_.find(id); kept != previous_.end()) {
    return current_.insert(previous_.extract(kept)).position->second.get();
  }
  git_tree* tree = nullptr;
  if (git_tree_lookup(&tree, repository_, &id) != 0) return nullptr;
  return current_.emplace(id, GitTreePtr(tree)).first->second.get();
}

void RecentTrees::next_commit() {
  previous_ = std::move(current_);
  current_.clear();
}

bool diff_trees(RecentTrees& trees, const git_tree* old_tree, const git_tree* new_tree,
                const std::vector<std::string>& folders, std::vector<TreeDelta>& out) {
  git_repository* repository = trees.repository();
  TreeComparer comparer(trees);
  for (const std::string& folder : folders) {
    const git_tree* before = folder_tree(trees, old_tree, folder);
    const git_tree* after = folder_tree(trees, new_tree, folder);
    if (before && after && git_oid_equal(git_tree_id(before), git_tree_id(after))) continue;
    if (!comparer.compare(before, after, folder)) return false;
  }
  std::vector<TreeDelta> deltas;
  for (std::string& path : comparer.modified) deltas.push_back({TreeDelta::Status::kModified, std::move(path), ""});
  // Exact renames: the same content under another name.
  std::vector<BlobChange>& added = comparer.added;
  std::vector<BlobChange>& deleted = comparer.deleted;
  for (auto add = added.begin(); add != added.end();) {
    const auto same = std::find_if(deleted.begin(), deleted.end(),
                                   [&](const BlobChange& gone) { return git_oid_equal(&gone.id, &add->id); });
    if (same == deleted.end()) {
      ++add;
      continue;
    }
    deltas.push_back({TreeDelta::Status::kRenamed, add->path, same->path});
    deleted.erase(same);
    add = added.erase(add);
  }
  if (!added.empty() && !deleted.empty()) find_similar_renames(repository, old_tree, new_tree, added, deleted, deltas);
  for (BlobChange& change : added) deltas.push_back({TreeDelta::Status::kAdded, std::move(change.path), ""});
  for (BlobChange& change : deleted) deltas.push_back({TreeDelta::Status::kDeleted, std::move(change.path), ""});
  std::sort(deltas.begin(), deltas.end(), [](const TreeDelta& a, const TreeDelta& b) { return a.path < b.path; });
  out.insert(out.end(), std::make_move_iterator(deltas.begin()), std::make_move_iterator(deltas.end()));
  return true;
}

}  // namespace handboek::history
