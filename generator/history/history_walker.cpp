#include "history/history_walker.h"

#include <algorithm>
#include <queue>
#include <thread>
#include <unordered_map>

#include "base/parallel_for.h"
#include "history/git_text.h"
#include "history/tree_diff.h"
#include "history/versions.h"
#include "source/git_handle.h"

namespace handboek::history {

namespace {

using source::GitCommitPtr;

// The first line of the message, cut when read (git_commit_summary would
// join a whole first paragraph, however long).
std::string subject_of(const git_commit* commit) {
  const char* message = git_commit_message(commit);
  if (!message) return "";
  std::string_view text(message);
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.remove_prefix(1);
  text = text.substr(0, std::min(text.find('\n'), kSubjectLimit * 4 + 4));
  return clean_git_text(text, kSubjectLimit);
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

// One commit as the walk read it: all the history needs of the commit
// object itself, so the (parallel) diffing reads trees only.
struct WalkedCommit {
  git_oid id{};
  git_oid tree{};
  int64_t committed = 0;  // committer time: what git orders by
  Commit commit;
  size_t parent_count = 0;      // as written in the commit
  std::vector<size_t> parents;  // those the walk could read: indices into Walk::commits
  size_t waiting_children = 0;  // while ordering: children not yet listed
};

struct Walk {
  std::vector<WalkedCommit> commits;  // in the order they were read
  std::vector<size_t> order;          // indices into commits: children first, then newest first
};

WalkedCommit read_walked_commit(const git_commit* commit, const git_oid& id) {
  WalkedCommit walked;
  walked.id = id;
  walked.tree = *git_commit_tree_id(commit);
  walked.committed = git_commit_time(commit);
  const git_signature* author = git_commit_author(commit);
  walked.commit = Commit{
      source::oid_string(id),
      clean_git_text(author->name ? std::string_view(author->name).substr(0, kNameLimit * 4 + 4) : "", kNameLimit),
      author->when.time,
      author->when.offset,
      subject_of(commit),
      false};
  walked.parent_count = git_commit_parentcount(commit);
  return walked;
}

// Orders the walked commits like GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME:
// children first, then the newest of the commits whose children have all
// been listed (ties broken by id, so the order never depends on the walk).
std::vector<size_t> topological_order(std::vector<WalkedCommit>& commits) {
  for (const WalkedCommit& commit : commits) {
    for (const size_t parent : commit.parents) ++commits[parent].waiting_children;
  }
  const auto older = [&commits](size_t a, size_t b) {
    if (commits[a].committed != commits[b].committed) return commits[a].committed < commits[b].committed;
    return git_oid_cmp(&commits[a].id, &commits[b].id) < 0;
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(older)> ready(older);
  for (size_t i = 0; i < commits.size(); ++i) {
    if (commits[i].waiting_children == 0) ready.push(i);
  }
  std::vector<size_t> order;
  order.reserve(commits.size());
  while (!ready.empty()) {
    const size_t next = ready.top();
    ready.pop();
    order.push_back(next);
    for (const size_t parent : commits[next].parents) {
      if (--commits[parent].waiting_children == 0) ready.push(parent);
    }
  }
  return order;
}

// Reads every commit reachable from `starts` once, on this thread: a
// commit is small, and its parents must be known before any ordering. A
// parent that cannot be read (beyond a shallow clone's boundary) ends its
// line, so the same code serves full and shallow clones.
Walk walk_commits(git_repository* repository, const std::vector<git_oid>& starts) {
  Walk walk;
  std::unordered_map<git_oid, size_t, source::OidHash, source::OidEqual> index;
  std::vector<std::vector<git_oid>> parent_ids;
  std::vector<git_oid> pending(starts.rbegin(), starts.rend());
  while (!pending.empty()) {
    const git_oid id = pending.back();
    pending.pop_back();
    if (index.count(id)) continue;
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, repository, &id) != 0) continue;
    const GitCommitPtr commit(raw);
    index.emplace(id, walk.commits.size());
    walk.commits.push_back(read_walked_commit(raw, id));
    std::vector<git_oid>& parents = parent_ids.emplace_back();
    for (unsigned i = 0; i < git_commit_parentcount(raw); ++i) parents.push_back(*git_commit_parent_id(raw, i));
    pending.insert(pending.end(), parents.rbegin(), parents.rend());
  }
  for (size_t i = 0; i < walk.commits.size(); ++i) {
    for (const git_oid& parent : parent_ids[i]) {
      if (const auto found = index.find(parent); found != index.end()) walk.commits[i].parents.push_back(found->second);
    }
  }
  walk.order = topological_order(walk.commits);
  return walk;
}

// One commit diffed against its first parent by a worker: everything the
// (sequential) rename-following needs, so the expensive part runs in parallel.
struct CommitDiff {
  bool boundary = false;  // its parents are missing: `deltas` list its files
  std::vector<TreeDelta> deltas;
  std::string error;  // why the diff failed ("" when it did not)
};

// Diffs commits against their first parent. Owns no state between commits,
// so each worker thread has its own, on its own git_repository (libgit2
// objects must not be shared between threads).
class CommitDiffer {
 public:
  CommitDiffer(git_repository* repository, const std::string& site_prefix, const std::string& content_dir, bool shallow,
               const Walk& walk)
      : trees_(repository), shallow_(shallow), walk_(walk) {
    for (const std::string& folder : {content_dir + "/", std::string("forms/")})
      folders_.push_back(site_prefix + folder);
  }

  CommitDiff diff(const WalkedCommit& commit) {
    CommitDiff out;
    if (commit.parent_count > 1) return out;  // merges: see the header
    const git_oid* parent_tree_id = nullptr;
    if (commit.parent_count == 1 && commit.parents.size() == 1) {
      parent_tree_id = &walk_.commits[commit.parents.front()].tree;
    } else {
      // A shallow clone's missing parent; libgit2 may also show the oldest
      // commit of a shallow clone without parents.
      out.boundary = commit.parent_count == 1 || shallow_;
    }
    trees_.next_commit();
    const git_tree* tree = trees_.lookup(commit.tree);
    const git_tree* parent_tree = parent_tree_id ? trees_.lookup(*parent_tree_id) : nullptr;
    if (!tree || (parent_tree_id && !parent_tree) || !diff_trees(trees_, parent_tree, tree, folders_, out.deltas)) {
      out.error = source::last_git_error();
    }
    return out;
  }

 private:
  RecentTrees trees_;
  bool shallow_;
  const Walk& walk_;
  std::vector<std::string> folders_;  // content/ and forms/ of the site, as repository paths
};

// Applies the diffs in walk order (children first): follows renames into
// chains, one per file.
class ChangeRecorder {
 public:
  ChangeRecorder(const std::string& site_prefix, const std::string& content_dir, History& history)
      : prefix_size_(site_prefix.size()), content_prefix_(content_dir + "/"), history_(history), chains_(history) {}

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
  // "content/x.md" for the site's "docs/x.md" when docs/ is its content folder.
  std::string site_path(const std::string& repository_path) const {
    std::string path = repository_path.substr(prefix_size_);
    if (content_prefix_ != "content/" && path.rfind(content_prefix_, 0) == 0) {
      path = "content/" + path.substr(content_prefix_.size());
    }
    return path;
  }

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
  std::string content_prefix_;  // "content/", or "docs/" for a MkDocs handbook
  History& history_;
  ChainIndex chains_;
};

// Below this many commits one thread does it all: opening a repository per
// worker costs more than it saves.
constexpr size_t kCommitsPerWorker = 512;

// Diffs every commit of the walk (result i is commit walk.order[i]), in
// parallel on up to `jobs` threads, each with its own handle on the
// repository and a contiguous run of commits (so a parent's trees are
// usually in that handle's cache).
std::vector<CommitDiff> diff_commits(const source::GitRepository& repository, const Walk& walk, int jobs,
                                     const std::string& content_dir) {
  const size_t count = walk.order.size();
  std::vector<CommitDiff> diffs(count);
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!source::libgit2_supports_threads()) jobs = 1;  // a libgit2 without locks: one thread
  const size_t workers = std::clamp<size_t>(count / kCommitsPerWorker, 1, static_cast<size_t>(std::max(jobs, 1)));
  const std::string git_dir = git_repository_path(repository.get());
  const bool shallow = repository.is_shallow();
  std::vector<char> done(workers, 0);
  base::parallel_for(workers, static_cast<int>(workers), [&](size_t worker) {
    source::GitRepositoryPtr own;
    git_repository* handle = repository.get();
    if (worker > 0) {
      git_repository* raw = nullptr;
      if (git_repository_open_ext(&raw, git_dir.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) return;
      own.reset(raw);
      handle = raw;
    }
    CommitDiffer differ(handle, repository.site_prefix(), content_dir, shallow, walk);
    for (size_t i = count * worker / workers; i < count * (worker + 1) / workers; ++i) {
      diffs[i] = differ.diff(walk.commits[walk.order[i]]);
    }
    done[worker] = 1;
  });
  // A worker that could not open the repository: its commits on this thread.
  CommitDiffer differ(repository.get(), repository.site_prefix(), content_dir, shallow, walk);
  for (size_t worker = 0; worker < workers; ++worker) {
    if (done[worker]) continue;
    for (size_t i = count * worker / workers; i < count * (worker + 1) / workers; ++i) {
      diffs[i] = differ.diff(walk.commits[walk.order[i]]);
    }
  }
  return diffs;
}

}  // namespace

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
    diagnostics.warning(".", 0, 0, "de git-repository heeft nog geen commits; pagina's tonen geen geschiedenis");
    return history;
  }
  history.available = true;
  history.shallow = repository.is_shallow();

  const Walk walk = walk_commits(repository.get(), starts);
  const std::vector<CommitDiff> diffs = diff_commits(repository, walk, options.jobs, options.content_dir);
  std::vector<size_t> position(walk.commits.size());  // walked commit → index in history.commits
  for (size_t i = 0; i < walk.order.size(); ++i) {
    position[walk.order[i]] = i;
    history.commits.push_back(walk.commits[walk.order[i]].commit);
  }
  ChangeRecorder recorder(repository.site_prefix(), options.content_dir, history);
  for (size_t i = 0; i < diffs.size(); ++i) {
    recorder.record(diffs[i], i);
    if (!diffs[i].error.empty()) {
      diagnostics.warning(".", 0, 0, "kan commit " + history.commits[i].id + " niet lezen (" + diffs[i].error + ")");
    }
    std::vector<size_t>& parents = history.parents.emplace_back();
    for (const size_t parent : walk.commits[walk.order[i]].parents) parents.push_back(position[parent]);
  }
  if (history.shallow && !history.commits.empty()) {
    const Commit& oldest = *std::min_element(history.commits.begin(), history.commits.end(),
                                             [](const Commit& a, const Commit& b) { return a.time < b.time; });
    diagnostics.warning(".", 0, 0,
                        "ondiepe kloon (shallow clone): de geschiedenis gaat terug tot " +
                            iso_date(oldest.time, oldest.offset_minutes) + "; oudere wijzigingen staan er niet in");
  }
  return history;
}

}  // namespace handboek::history
