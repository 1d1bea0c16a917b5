#include "source/git_tree_source.h"

#include <algorithm>

namespace handboek::source {

GitTreeSource::GitTreeSource(std::shared_ptr<GitRepository> repository, const git_oid& commit_id,
                             std::string description)
    : repository_(std::move(repository)), description_(std::move(description)) {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  git_commit* commit = nullptr;
  if (git_commit_lookup(&commit, repository_->get(), &commit_id) != 0) return;
  const GitCommitPtr owned_commit(commit);
  git_tree* tree = nullptr;
  if (git_commit_tree(&tree, commit) == 0) tree_.reset(tree);
}

std::string GitTreeSource::tree_path(const base::SitePath& path) const {
  std::string full = repository_->site_prefix() + path.str();
  while (!full.empty() && full.back() == '/') full.pop_back();
  return full;
}

GitTreeEntryPtr GitTreeSource::entry(const base::SitePath& path) const {
  const std::string full = tree_path(path);
  git_tree_entry* found = nullptr;
  if (!tree_ || full.empty() || git_tree_entry_bypath(&found, tree_.get(), full.c_str()) != 0) return nullptr;
  return GitTreeEntryPtr(found);
}

GitTreePtr GitTreeSource::folder(const base::SitePath& path) const {
  if (!tree_) return nullptr;
  const git_oid* id = git_tree_id(tree_.get());
  GitTreeEntryPtr found;
  if (!tree_path(path).empty()) {
    found = entry(path);
    if (!found || git_tree_entry_type(found.get()) != GIT_OBJECT_TREE) return nullptr;
    id = git_tree_entry_id(found.get());
  }
  git_tree* tree = nullptr;
  if (git_tree_lookup(&tree, repository_->get(), id) != 0) return nullptr;
  return GitTreePtr(tree);
}

std::optional<std::string> GitTreeSource::read_file(const base::SitePath& path) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  const GitTreeEntryPtr found = entry(path);
  // Only regular files: a symlink in the tree is a blob too, but is never
  // followed (it could point anywhere).
  if (!found || git_tree_entry_filemode(found.get()) == GIT_FILEMODE_LINK ||
      git_tree_entry_type(found.get()) != GIT_OBJECT_BLOB) {
    return std::nullopt;
  }
  git_blob* blob = nullptr;
  if (git_blob_lookup(&blob, repository_->get(), git_tree_entry_id(found.get())) != 0) return std::nullopt;
  const GitBlobPtr owned(blob);
  const auto* bytes = static_cast<const char*>(git_blob_rawcontent(blob));
  return std::string(bytes, static_cast<size_t>(git_blob_rawsize(blob)));
}

std::vector<DirEntry> GitTreeSource::list_dir(const base::SitePath& path, std::vector<SkippedEntry>* skipped) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  std::vector<DirEntry> entries;
  const GitTreePtr tree = folder(path);
  if (!tree) return entries;
  for (size_t i = 0; i < git_tree_entrycount(tree.get()); ++i) {
    const git_tree_entry* item = git_tree_entry_byindex(tree.get(), i);
    const std::string name = git_tree_entry_name(item);
    const git_object_t type = git_tree_entry_type(item);
    if (type == GIT_OBJECT_TREE) {
      entries.push_back({name, true});
    } else if (type == GIT_OBJECT_BLOB && git_tree_entry_filemode(item) != GIT_FILEMODE_LINK) {
      entries.push_back({name, false});
    } else if (skipped) {
      skipped->push_back({path.is_root() ? name : path.str() + "/" + name, kNotInsideSite});
    }
  }
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

std::string GitTreeSource::content_id(const base::SitePath& path) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  const GitTreeEntryPtr found = entry(path);
  return found ? oid_string(*git_tree_entry_id(found.get())) : "";
}

}  // namespace handboek::source
