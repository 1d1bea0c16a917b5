#include "history/history_walker.h"

#include <algorithm>
#include <queue>
#include <thread>
#include <unordered_map>

#include "base/parallel_for.h"
#include "history/tree_diff.h"
#include "history/versions.h"
#include "source/git_handle.h"

namespace handboek::history {

namespace {

using source::GitCommitPtr;
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
  // Older commits name the file `old_path`; `new_path` was another file
  // then (or none), so it starts a chain of its own when it shows up.
  void renamed(const std::string& old_path, const std::string& new_path, size_t chain) {
    by_path_.erase(new_path);
    by_path_[old_path] = chain;
  }

 private:
  History& history_;
  std::unordered_map<std::string, size_t> by_path_;
};

// One commit as read and diffed by a worker: everything the (sequential)
// rename-following needs, so the expensive part can run in parallel.
struct CommitDiff {
  bool found = false;     // the commit object could be read
  bool boundary = false;  // its parents are missing: `deltas` list its files
  Commit commit;
  std::vector<git_oid> parents;
  std::vector<TreeDelta> deltas;
  std::string error;  // why the diff failed ("" when it did not)
};

// Reads commits and diffs each against its first parent. Owns no state
// between commits, so each worker thread has its own, on its own
// git_repository (libgit2 objects must not be shared between threads).
class CommitDiffer {
 public:
  CommitDiffer(git_repository* repository, const std::string& site_prefix, bool shallow)
      : repository_(repository), shallow_(shallow) {
    for (const char* folder : {"content/", "forms/"}) folders_.push_back(site_prefix + folder);
  }

  CommitDiff read(const git_oid& id) {
    CommitDiff out;
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repository_, &id) != 0) return out;
    const GitCommitPtr commit(raw_commit);
    out.found = true;
    const git_signature* author = git_commit_author(raw_commit);
    out.commit = Commit{source::oid_string(id), author->name ? author->name : "", author->when.time,
                        author->when.offset,    subject_of(raw_commit),           false};
    for (unsigned i = 0; i < git_commit_parentcount(raw_commit); ++i) {
      out.parents.push_back(*git_commit_parent_id(raw_commit, i));
    }
    if (!diff(raw_commit, out)) out.error = source::last_git_error();
    return out;
  }

 private:
  bool diff(git_commit* commit, CommitDiff& out) {
    git_tree* tree = nullptr;
    if (git_commit_tree(&tree, commit) != 0) return false;
    const GitTreePtr owned_tree(tree);
    const unsigned parents = git_commit_parentcount(commit);
    if (parents > 1) return true;  // merges: see the header
    GitTreePtr parent_tree;
    if (parents == 1) {
      git_commit* parent = nullptr;
      if (git_commit_parent(&parent, commit, 0) == 0) {
        const GitCommitPtr owned_parent(parent);
        git_tree* raw_parent_tree = nullptr;
        if (git_commit_tree(&raw_parent_tree, parent) != 0) return false;
        parent_tree.reset(raw_parent_tree);
      } else {
        out.boundary = true;  // a shallow clone's missing parent
      }
    } else {
      // libgit2 shows the oldest commit of a shallow clone without parents.
      out.boundary = shallow_;
    }
    return diff_trees(repository_, parent_tree.get(), tree, folders_, out.deltas);
  }

  git_repository* repository_;
  bool shallow_;
  std::vector<std::string> folders_;  // content/ and forms/ of the site, as repository paths
};

// Applies the diffs in walk order (children first): follows renames into
// chains, one per file.
class ChangeRecorder {
 public:
  ChangeRecorder(const std::string& site_prefix, History& history)
      : prefix_size_(site_prefix.size()), history_(history), chains_(history) {}

  void record(const CommitDiff& diff, size_t commit_index) {
    history_.commits[commit_index].shallow_boundary = diff.boundary;
    for (const TreeDelta& delta : diff.deltas) {
      if (diff.boundary) {
        // A shallow clone's oldest commit: its files exist, their past is unknown.
        const std::string path = site_path(delta.path);
        history_.files[chains_.chain_for(path)].changes.push_back(
            {commit_index, ChangeKind::kPresentAtBoundary, path, ""});
      } else {
        record_delta(delta, commit_index);
      }
    }
  }

 private:
  std::string site_path(const std::string& repository_path) const { return repository_path.substr(prefix_size_); }

  void record_delta(const TreeDelta& delta, size_t commit_index) {
    const std::string path = site_path(delta.path);
    const std::string old_path = delta.old_path.empty() ? "" : site_path(delta.old_path);
    FileChange change{commit_index, ChangeKind::kModified, path, ""};
    switch (delta.status) {
      case TreeDelta::Status::kAdded: change.kind = ChangeKind::kAdded; break;
      case TreeDelta::Status::kDeleted: change.kind = ChangeKind::kDeleted; break;
      case TreeDelta::Status::kRenamed:
        change.kind = ChangeKind::kRenamed;
        change.old_path = old_path;
        break;
      case TreeDelta::Status::kModified: break;
    }
    history_.commits[commit_index].changes_site = true;
    const size_t chain = chains_.chain_for(change.path);
    if (change.kind == ChangeKind::kRenamed) chains_.renamed(old_path, change.path, chain);
    history_.files[chain].changes.push_back(std::move(change));
  }

  size_t prefix_size_;
  History& history_;
  ChainIndex chains_;
};

// Below this many commits one thread does it all: opening a repository per
// worker costs more than it saves.
constexpr size_t kCommitsPerWorker = 512;

// Reads and diffs every commit of `order`, in parallel on up to `jobs`
// threads, each with its own handle on the repository and a contiguous
// run of commits (so a parent's trees are usually in that handle's cache).
std::vector<CommitDiff> read_commits(const source::GitRepository& repository, const std::vector<git_oid>& order,
                                     int jobs) {
  std::vector<CommitDiff> diffs(order.size());
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const size_t workers =
      std::clamp<size_t>(order.size() / kCommitsPerWorker, 1, static_cast<size_t>(std::max(jobs, 1)));
  const std::string git_dir = git_repository_path(repository.get());
  const bool shallow = repository.is_shallow();
  base::parallel_for(workers, static_cast<int>(workers), [&](size_t worker) {
    source::GitRepositoryPtr own;
    git_repository* handle = repository.get();
    if (worker > 0) {
      git_repository* raw = nullptr;
      if (git_repository_open_ext(&raw, git_dir.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) return;
      own.reset(raw);
      handle = raw;
    }
    CommitDiffer differ(handle, repository.site_prefix(), shallow);
    const size_t begin = order.size() * worker / workers, end = order.size() * (worker + 1) / workers;
    for (size_t i = begin; i < end; ++i) diffs[i] = differ.read(order[i]);
  });
  // A worker that could not open the repository: its commits on this thread.
  CommitDiffer differ(repository.get(), repository.site_prefix(), shallow);
  for (size_t i = 0; i < order.size(); ++i) {
    if (!diffs[i].found && diffs[i].error.empty()) diffs[i] = differ.read(order[i]);
  }
  return diffs;
}

}  // namespace

namespace {

// A commit of a shallow walk with its parents that exist in the clone.
struct WalkNode {
  git_oid id;
  int64_t time = 0;
  std::vector<size_t> parents;
  size_t waiting_children = 0;
};

// Shallow clones: libgit2 before 1.7 cannot walk them (git_revwalk fails
// at the first missing parent), so collect the commits by hand and order
// them like GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME: children first, then the
// newest of the commits whose children have all been listed.
std::vector<git_oid> walk_shallow(const source::GitRepository& repository, const std::vector<git_oid>& starts) {
  std::vector<WalkNode> nodes;
  std::unordered_map<std::string, size_t> index;
  std::vector<std::vector<git_oid>> parent_ids;
  std::vector<git_oid> pending = starts;
  while (!pending.empty()) {
    const git_oid id = pending.back();
    pending.pop_back();
    if (index.count(source::oid_string(id))) continue;
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, repository.get(), &id) != 0) continue;  // beyond the shallow boundary
    const GitCommitPtr commit(raw);
    index.emplace(source::oid_string(id), nodes.size());
    nodes.push_back({id, git_commit_time(raw), {}, 0});
    parent_ids.emplace_back();
    for (unsigned i = 0; i < git_commit_parentcount(raw); ++i) {
      parent_ids.back().push_back(*git_commit_parent_id(raw, i));
      pending.push_back(parent_ids.back().back());
    }
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    for (const git_oid& parent : parent_ids[i]) {
      const auto found = index.find(source::oid_string(parent));
      if (found == index.end()) continue;
      nodes[i].parents.push_back(found->second);
      ++nodes[found->second].waiting_children;
    }
  }
  const auto older = [&nodes](size_t a, size_t b) {
    if (nodes[a].time != nodes[b].time) return nodes[a].time < nodes[b].time;
    return git_oid_cmp(&nodes[a].id, &nodes[b].id) < 0;
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(older)> ready(older);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].waiting_children == 0) ready.push(i);
  }
  std::vector<git_oid> order;
  while (!ready.empty()) {
    const size_t next = ready.top();
    ready.pop();
    order.push_back(nodes[next].id);
    for (const size_t parent : nodes[next].parents) {
      if (--nodes[parent].waiting_children == 0) ready.push(parent);
    }
  }
  return order;
}

}  // namespace

std::vector<git_oid> walk_commits(const source::GitRepository& repository, const std::vector<git_oid>& starts) {
  if (repository.is_shallow()) return walk_shallow(repository, starts);
  std::vector<git_oid> order;
  git_revwalk* raw_walk = nullptr;
  if (git_revwalk_new(&raw_walk, repository.get()) != 0) return order;
  const GitRevwalkPtr walk(raw_walk);
  git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  for (const git_oid& start : starts) git_revwalk_push(walk.get(), &start);
  git_oid id;
  while (git_revwalk_next(&id, walk.get()) == 0) order.push_back(id);
  return order;
}

History read_history(const source::GitRepository& repository, const WalkOptions& options,
                     base::Diagnostics& diagnostics) {
  const std::lock_guard<std::mutex> guard(repository.lock());
  History history;
  history.versions = list_versions(repository, options.tag_pattern, diagnostics);

  std::vector<git_oid> starts;
  git_oid head;
  if (git_reference_name_to_id(&head, repository.get(), "HEAD") == 0) starts.push_back(head);
  for (const Version& version : history.versions) {
    git_oid id;
    if (git_oid_fromstr(&id, version.commit_id.c_str()) == 0) starts.push_back(id);
  }
  if (starts.empty()) {
    diagnostics.warning(".", 0, 0, "the git repository has no commits yet; pages show no history");
    return history;
  }
  history.available = true;
  history.shallow = repository.is_shallow();

  ChangeRecorder recorder(repository.site_prefix(), history);
  std::vector<CommitDiff> diffs = read_commits(repository, walk_commits(repository, starts), options.jobs);
  std::unordered_map<std::string, size_t> index_of;  // commit id → index in history.commits
  for (CommitDiff& diff : diffs) {
    if (!diff.found) continue;
    history.commits.push_back(std::move(diff.commit));
    index_of.emplace(history.commits.back().id, history.commits.size() - 1);
    recorder.record(diff, history.commits.size() - 1);
    if (!diff.error.empty()) {
      diagnostics.warning(".", 0, 0, "cannot read commit " + history.commits.back().id + ": " + diff.error);
    }
  }
  for (const CommitDiff& diff : diffs) {
    if (!diff.found) continue;
    std::vector<size_t>& parents = history.parents.emplace_back();
    for (const git_oid& parent : diff.parents) {
      if (const auto found = index_of.find(source::oid_string(parent)); found != index_of.end()) {
        parents.push_back(found->second);
      }
    }
  }
  if (history.shallow && !history.commits.empty()) {
    const Commit& oldest = *std::min_element(history.commits.begin(), history.commits.end(),
                                             [](const Commit& a, const Commit& b) { return a.time < b.time; });
    diagnostics.warning(".", 0, 0,
                        "shallow clone: history reaches back to " + iso_date(oldest.time, oldest.offset_minutes) +
                            "; older changes are not shown");
  }
  return history;
}

}  // namespace handboek::history
