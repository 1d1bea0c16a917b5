// WorkingTreeSource: a Source over a folder on disk (the editor's checkout).
// Symlinks are followed only when they resolve inside the top-level folder
// they belong to (content/, forms/, themes/ …), so neither content/x.md →
// /etc/passwd nor content/x.txt → ../.git/config is read, and a folder
// symlink that loops back to a folder above it is not followed.
#pragma once

#include <filesystem>

#include "source/source.h"

namespace handboek::source {

class WorkingTreeSource final : public Source {
 public:
  // REQUIRES: `root` exists. It is made canonical once here.
  explicit WorkingTreeSource(const std::filesystem::path& root);

  std::optional<std::string> read_file(const base::SitePath& path) const override;
  std::vector<DirEntry> list_dir(const base::SitePath& path,
                                 std::vector<SkippedEntry>* skipped = nullptr) const override;
  std::string describe() const override;

  const std::filesystem::path& root() const { return root_; }

 private:
  // The real location of `path` when it stays inside its top-level folder.
  std::optional<std::filesystem::path> resolve_inside(const base::SitePath& path) const;
  // The directory symlink `link` (resolving to `target`) leads back to a
  // folder it lies in.
  bool loops_back(const base::SitePath& link, const std::filesystem::path& target) const;

  std::filesystem::path root_;
};

}  // namespace handboek::source
