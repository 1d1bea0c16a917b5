// GitRepository: an open repository shared by the history walker and every
// GitTreeSource of one build, with the site folder's place inside it. All
// calls into libgit2 through one repository take its lock: libgit2 objects
// must not be used from two threads at once, and the loader reads in
// parallel. Reading blobs is cheap next to parsing them.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "base/status.h"
#include "source/git_handle.h"

namespace handboek::source {

class GitRepository {
 public:
  // Finds the repository that holds `site_dir` (the folder or any parent).
  // A failure when there is none, saying why.
  static base::StatusOr<std::shared_ptr<GitRepository>> discover(const std::filesystem::path& site_dir);

  git_repository* get() const { return repo_.get(); }
  std::mutex& lock() const { return mutex_; }
  // The site folder relative to the repository's work tree ("" or "docs/handboek/").
  const std::string& site_prefix() const { return site_prefix_; }
  bool is_shallow() const;

 private:
  GitRepositoryPtr repo_;
  std::string site_prefix_;
  mutable std::mutex mutex_;
};

}  // namespace handboek::source
