#include "history/history_walker.h"

#include <unordered_map>

#include "history/versions.h"
#include "source/git_handle.h"

namespace handboek::history {

namespace {

using source::GitCommitPtr;
using source::GitDiffPtr;
using source::GitRevwalkPtr;
using source::GitTreePtr;

std::string subject_of(const git_commit* commit) {
  const char* summary = git_commit_summary(const_cast<git_commit*>(commit));
  return summary ? summary : "";
}

// Follows renames: every path a file has had → its chain.
class ChainIndex {
 public:
  explicit ChainIndex(History& history) : history_(history) {}

  // The chain a change to `path` (walking back in time) belongs to.
  size_t chain_for(const std::string& path) {
    if (const auto it = by_path_.find(path); it != by_path_.end()) return it->second;
    history_.files.emplace_back();
    const size_t chain = history_.files.size() - 1;
    by_path_[path] = chain;
    history_.latest_path.emplace(path, chain);
    return chain;
  }
  // Older commits name the file `old_path`.
  void alias(const std::string& old_path, size_t chain) { by_path_[old_path] = chain; }

 private:
  History& history_;
  std::unordered_map<std::string, size_t> by_path_;
};

class Walker {
 public:
  Walker(const source::GitRepository& repository, History& history)
      : repository_(repository), history_(history), chains_(history) {
    const std::string& prefix = repository.site_prefix();
    for (const char* folder : {"content/", "forms/"}) pathspecs_.push_back(prefix + folder);
    for (const std::string& spec : pathspecs_) pathspec_pointers_.push_back(const_cast<char*>(spec.c_str()));
  }

  // Records the changes of one commit; false when the diff failed.
  bool record(git_commit* commit, size_t commit_index) {
    git_tree* tree = nullptr;
    if (git_commit_tree(&tree, commit) != 0) return false;
    const GitTreePtr owned_tree(tree);
    GitTreePtr parent_tree;
    const unsigned parents = git_commit_parentcount(commit);
    if (parents > 1) return true;  // merges: see the header
    if (parents == 0 && repository_.is_shallow()) {
      // libgit2 shows the oldest commit of a shallow clone without parents.
      history_.commits[commit_index].shallow_boundary = true;
      return record_boundary(tree, commit_index);
    }
    if (parents == 1) {
      git_commit* parent = nullptr;
      if (git_commit_parent(&parent, commit, 0) != 0) {
        history_.commits[commit_index].shallow_boundary = true;
        return record_boundary(tree, commit_index);
      }
      const GitCommitPtr owned_parent(parent);
      git_tree* raw_parent_tree = nullptr;
      if (git_commit_tree(&raw_parent_tree, parent) != 0) return false;
      parent_tree.reset(raw_parent_tree);
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.pathspec = {pathspec_pointers_.data(), pathspec_pointers_.size()};
    git_diff* raw_diff = nullptr;
    if (git_diff_tree_to_tree(&raw_diff, repository_.get(), parent_tree.get(), tree, &options) != 0) return false;
    const GitDiffPtr diff(raw_diff);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find) != 0) return false;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) record_delta(*git_diff_get_delta(diff.get(), i), commit_index);
    return true;
  }

 private:
  std::string site_path(const char* repository_path) const {
    return std::string(repository_path).substr(repository_.site_prefix().size());
  }

  void record_delta(const git_diff_delta& delta, size_t commit_index) {
    const std::string path = site_path(delta.new_file.path);
    const std::string old_path = site_path(delta.old_file.path);
    FileChange change{commit_index, ChangeKind::kModified, path, ""};
    switch (delta.status) {
      case GIT_DELTA_ADDED: change.kind = ChangeKind::kAdded; break;
      case GIT_DELTA_DELETED: change.kind = ChangeKind::kDeleted; change.path = old_path; break;
      case GIT_DELTA_RENAMED: change.kind = ChangeKind::kRenamed; change.old_path = old_path; break;
      case GIT_DELTA_MODIFIED: break;
      default: return;  // type changes, unreadable entries
    }
    const size_t chain = chains_.chain_for(change.path);
    if (change.kind == ChangeKind::kRenamed) chains_.alias(old_path, chain);
    history_.files[chain].changes.push_back(std::move(change));
  }

  // A shallow clone's oldest commit: its files exist, their past is unknown.
  bool record_boundary(git_tree* tree, size_t commit_index) {
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.pathspec = {pathspec_pointers_.data(), pathspec_pointers_.size()};
    git_diff* raw_diff = nullptr;
    if (git_diff_tree_to_tree(&raw_diff, repository_.get(), nullptr, tree, &options) != 0) return false;
    const GitDiffPtr diff(raw_diff);
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
      const std::string path = site_path(git_diff_get_delta(diff.get(), i)->new_file.path);
      const size_t chain = chains_.chain_for(path);
      history_.files[chain].changes.push_back({commit_index, ChangeKind::kPresentAtBoundary, path, ""});
    }
    return true;
  }

  const source::GitRepository& repository_;
  History& history_;
  ChainIndex chains_;
  std::vector<std::string> pathspecs_;
  std::vector<char*> pathspec_pointers_;
};

}  // namespace

History read_history(const source::GitRepository& repository, const WalkOptions& options,
                     base::Diagnostics& diagnostics) {
  const std::lock_guard<std::mutex> guard(repository.lock());
  History history;
  history.versions = list_versions(repository, options.tag_pattern, diagnostics);

  git_revwalk* raw_walk = nullptr;
  if (git_revwalk_new(&raw_walk, repository.get()) != 0) return history;
  const GitRevwalkPtr walk(raw_walk);
  git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  const bool has_head = git_revwalk_push_head(walk.get()) == 0;
  for (const Version& version : history.versions) {
    git_oid id;
    if (git_oid_fromstr(&id, version.commit_id.c_str()) == 0) git_revwalk_push(walk.get(), &id);
  }
  if (!has_head && history.versions.empty()) {
    diagnostics.warning(".", 0, 0, "the git repository has no commits yet; pages show no history");
    return history;
  }
  history.available = true;
  history.shallow = repository.is_shallow();

  Walker walker(repository, history);
  git_oid id;
  while (git_revwalk_next(&id, walk.get()) == 0) {
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repository.get(), &id) != 0) continue;
    const GitCommitPtr commit(raw_commit);
    const git_signature* author = git_commit_author(commit.get());
    history.commits.push_back(Commit{source::oid_string(id), author->name ? author->name : "", author->when.time,
                                     author->when.offset, subject_of(commit.get()), false});
    if (!walker.record(commit.get(), history.commits.size() - 1)) {
      diagnostics.warning(".", 0, 0, "cannot read commit " + history.commits.back().id + ": " +
                                         source::last_git_error());
    }
  }
  if (history.shallow && !history.commits.empty()) {
    const Commit& oldest = history.commits.back();
    diagnostics.warning(".", 0, 0, "shallow clone: history reaches back to " + iso_date(oldest.time, oldest.offset_minutes) +
                                       "; older changes are not shown");
  }
  return history;
}

}  // namespace handboek::history
