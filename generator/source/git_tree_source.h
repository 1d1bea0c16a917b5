// GitTreeSource: a Source over the tree of one commit (a release tag), read
// blob by blob through libgit2. It never checks out and never touches the
// work tree, so every version of the handbook is built through the same
// code path from its own Source.
#pragma once

#include <memory>

#include "source/git_repository.h"
#include "source/source.h"

namespace handboek::source {

class GitTreeSource final : public Source {
 public:
  // REQUIRES: `commit_id` names a commit of `repository`. On failure to
  // read the commit's tree, the source is empty (every read fails).
  GitTreeSource(std::shared_ptr<GitRepository> repository, const git_oid& commit_id, std::string description);

  std::optional<std::string> read_file(const base::SitePath& path) const override;
  std::vector<DirEntry> list_dir(const base::SitePath& path,
                                 std::vector<SkippedEntry>* skipped = nullptr) const override;
  std::string describe() const override { return description_; }

  // The blob id of a file ("" when it does not exist).
  std::string content_id(const base::SitePath& path) const override;

 private:
  // The path inside the repository's tree, without a trailing '/'.
  std::string tree_path(const base::SitePath& path) const;
  // REQUIRES (both): the repository lock is held.
  GitTreeEntryPtr entry(const base::SitePath& path) const;
  GitTreePtr folder(const base::SitePath& path) const;

  std::shared_ptr<GitRepository> repository_;
  GitTreePtr tree_;
  std::string description_;
};

}  // namespace handboek::source
