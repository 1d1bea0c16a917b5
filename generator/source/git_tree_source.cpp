#include "source/git_tree_source.h"

#include <algorithm>

namespace handboek::source {

GitTreeSource::GitTreeSource(std::shared_ptr<GitRepository> repository, const std::string& commit_id,
                             std::string description)
    : repository_(std::move(repository)), description_(std::move(description)) {
  git_oid id;
  if (commit_id.size() != GIT_OID_HEXSZ || git_oid_fromstr(&id, commit_id.c_str()) != 0) return;
  const std::lock_guard<std::mutex> guard(repository_->lock());
  git_commit* commit = nullptr;
  if (git_commit_lookup(&commit, repository_->get(), &id) != 0) return;
  const GitCommitPtr owned_commit(commit);
  git_tree* tree = nullptr;
  if (git_commit_tree(&tree, commit) == 0) tree_.reset(tree);
}

const git_tree* GitTreeSource::folder(const std::string& repository_path) const {
  if (repository_path.empty()) return tree_.get();
  if (const auto kept = folders_.find(repository_path); kept != folders_.end()) return kept->second.get();
  const size_t slash = repository_path.rfind('/');
  const git_tree* parent = folder(slash == std::string::npos ? "" : repository_path.substr(0, slash));
  const std::string name = slash == std::string::npos ? repository_path : repository_path.substr(slash + 1);
  const git_tree_entry* found = parent ? git_tree_entry_byname(parent, name.c_str()) : nullptr;
  git_tree* tree = nullptr;
  if (!found || git_tree_entry_type(found) != GIT_OBJECT_TREE ||
      git_tree_lookup(&tree, repository_->get(), git_tree_entry_id(found)) != 0) {
    return nullptr;
  }
  return folders_.emplace(repository_path, GitTreePtr(tree)).first->second.get();
}

const git_tree_entry* GitTreeSource::entry(const base::SitePath& path) const {
  std::string full = repository_->site_prefix() + path.str();
  while (!full.empty() && full.back() == '/') full.pop_back();
  if (full.empty()) return nullptr;
  const size_t slash = full.rfind('/');
  const git_tree* parent = folder(slash == std::string::npos ? "" : full.substr(0, slash));
  return parent ? git_tree_entry_byname(parent, full.c_str() + (slash == std::string::npos ? 0 : slash + 1)) : nullptr;
}

const git_tree* GitTreeSource::folder(const base::SitePath& path) const {
  std::string full = repository_->site_prefix() + path.str();
  while (!full.empty() && full.back() == '/') full.pop_back();
  return folder(full);
}

bool GitTreeSource::has_entry(const base::SitePath& path) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  return entry(path) != nullptr;
}

bool GitTreeSource::is_folder(const base::SitePath& path) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  const git_tree_entry* found = entry(path);
  return found && git_tree_entry_type(found) == GIT_OBJECT_TREE;
}

std::optional<std::string> GitTreeSource::read_file(const base::SitePath& path) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  const git_tree_entry* found = entry(path);
  // Only regular files: a symlink in the tree is a blob too, but is never
  // followed (it could point anywhere).
  if (!found || git_tree_entry_filemode(found) == GIT_FILEMODE_LINK || git_tree_entry_type(found) != GIT_OBJECT_BLOB) {
    return std::nullopt;
  }
  git_blob* blob = nullptr;
  if (git_blob_lookup(&blob, repository_->get(), git_tree_entry_id(found)) != 0) return std::nullopt;
  const GitBlobPtr owned(blob);
  const auto* bytes = static_cast<const char*>(git_blob_rawcontent(blob));
  return std::string(bytes, static_cast<size_t>(git_blob_rawsize(blob)));
}

std::vector<DirEntry> GitTreeSource::list_dir(const base::SitePath& path, std::vector<SkippedEntry>* skipped) const {
  const std::lock_guard<std::mutex> guard(repository_->lock());
  std::vector<DirEntry> entries;
  const git_tree* tree = folder(path);
  if (!tree) return entries;
  for (size_t i = 0; i < git_tree_entrycount(tree); ++i) {
    const git_tree_entry* item = git_tree_entry_byindex(tree, i);
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
  const git_tree_entry* found = entry(path);
  return found ? oid_string(*git_tree_entry_id(found)) : "";
}

}  // namespace handboek::source
