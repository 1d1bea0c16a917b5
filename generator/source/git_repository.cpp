#include "source/git_repository.h"

namespace handboek::source {

namespace fs = std::filesystem;

base::StatusOr<std::shared_ptr<GitRepository>> GitRepository::discover(const fs::path& site_dir) {
  ensure_libgit2();
  std::error_code io_error;
  const fs::path site = fs::canonical(site_dir, io_error);
  if (io_error) {
    return base::Status::failure("kan " + site_dir.string() + " niet openen");
  }
  git_repository* raw = nullptr;
  if (git_repository_open_ext(&raw, site.c_str(), 0, nullptr) != 0) {
    return base::Status::failure(last_git_error());
  }
  auto repository = std::make_shared<GitRepository>();
  repository->repo_.reset(raw);
  const char* workdir = git_repository_workdir(raw);
  if (!workdir) {
    return base::Status::failure("een kale repository (bare) wordt niet ondersteund");
  }
  const fs::path relative = site.lexically_relative(fs::canonical(workdir, io_error));
  repository->site_prefix_ = relative == "." ? "" : relative.generic_string() + "/";
  return repository;
}

bool GitRepository::is_shallow() const {
  return git_repository_is_shallow(repo_.get()) == 1;
}

}  // namespace handboek::source
