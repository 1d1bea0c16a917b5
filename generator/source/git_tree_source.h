// GitTreeSource: a Source over the tree of one commit (a release tag), read
// blob by blob through libgit2. It never checks out and never touches the
// work tree, so every version of the handbook is built through the same
// code path from its own Source.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "source/git_repository.h"
#include "source/source.h"

namespace handboek::source {

class GitTreeSource final : public Source {
 public:
  // `commit_id`: the commit's full hex id (history::Version::commit_id), so
  // callers need no libgit2 types. When it names no commit of `repository`,
  // or its tree cannot be read, the source is empty (every read fails).
  GitTreeSource(std::shared_ptr<GitRepository> repository, const std::string& commit_id, std::string description);

  std::optional<std::string> read_file(const base::SitePath& path) const override;
  std::vector<DirEntry> list_dir(const base::SitePath& path,
                                 std::vector<SkippedEntry>* skipped = nullptr) const override;
  std::string describe() const override { return description_; }

  // Whether the tree has anything at `path`: a file, folder, symlink or
  // submodule (read_file and list_dir see only files and folders).
  bool has_entry(const base::SitePath& path) const;
  // Whether that entry is a folder.
  bool is_folder(const base::SitePath& path) const;

  // The blob id of a file ("" when it does not exist).
  std::string content_id(const base::SitePath& path) const override;

 private:
  // REQUIRES (all three): the repository lock is held. Null when absent.
  // The entry of a file or folder, owned by its folder's tree.
  const git_tree_entry* entry(const base::SitePath& path) const;
  const git_tree* folder(const base::SitePath& path) const;
  // `repository_path` without a trailing '/' ("" is the root).
  const git_tree* folder(const std::string& repository_path) const;

  std::shared_ptr<GitRepository> repository_;
  GitTreePtr tree_;
  // Every folder tree read so far, by repository path: each is read once,
  // whatever libgit2's object cache keeps (it keeps no trees, see
  // source/git_handle.cpp).
  mutable std::unordered_map<std::string, GitTreePtr> folders_;
  std::string description_;
};

}  // namespace handboek::source
