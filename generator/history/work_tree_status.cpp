#include "history/work_tree_status.h"

#include <filesystem>
#include <vector>

#include "history/versions.h"

namespace handboek::history {

std::set<std::string> uncommitted_paths(const source::GitRepository& repository, const std::string& content_dir) {
  std::set<std::string> paths;
  const std::lock_guard<std::mutex> guard(repository.lock());
  git_status_options options = GIT_STATUS_OPTIONS_INIT;
  options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
  options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
  const std::string prefix = repository.site_prefix();
  const std::string content_prefix = content_dir + "/";
  std::vector<std::string> specs = {prefix + content_prefix, prefix + "forms/"};
  std::vector<char*> pointers;
  for (std::string& spec : specs) pointers.push_back(spec.data());
  options.pathspec = {pointers.data(), pointers.size()};
  git_status_list* raw = nullptr;
  if (git_status_list_new(&raw, repository.get(), &options) != 0) return paths;
  const source::GitStatusListPtr list(raw);
  for (size_t i = 0; i < git_status_list_entrycount(list.get()); ++i) {
    const git_status_entry* entry = git_status_byindex(list.get(), i);
    const git_diff_delta* delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
    if (!delta || !delta->new_file.path) continue;
    const std::string path = delta->new_file.path;
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    std::string relative = path.substr(prefix.size());
    if (relative.rfind(content_prefix, 0) == 0) relative = "content/" + relative.substr(content_prefix.size());
    paths.insert(std::move(relative));
  }
  return paths;
}

namespace {

using GitConfigPtr = base::CHandle<git_config, git_config_free>;

// Whether git status finds anything under `specs` (site-relative folders;
// "" is the whole site folder) with `flags`. True when it cannot tell.
bool has_status(const source::GitRepository& repository, const std::vector<std::string>& folders, unsigned flags) {
  git_status_options options = GIT_STATUS_OPTIONS_INIT;
  options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
  options.flags = flags;
  std::vector<std::string> specs;
  for (const std::string& folder : folders) specs.push_back(repository.site_prefix() + folder);
  std::vector<char*> pointers;
  for (std::string& spec : specs) {
    if (!spec.empty()) pointers.push_back(spec.data());
  }
  options.pathspec = {pointers.data(), pointers.size()};
  git_status_list* raw = nullptr;
  if (git_status_list_new(&raw, repository.get(), &options) != 0) return true;
  const source::GitStatusListPtr list(raw);
  return git_status_list_entrycount(list.get()) != 0;
}

// A setting that may make checked-out bytes differ from their blobs.
bool converts_line_ends(const source::GitRepository& repository) {
  git_config* raw = nullptr;
  if (git_repository_config_snapshot(&raw, repository.get()) != 0) return true;
  const GitConfigPtr config(raw);
  int autocrlf = 0;
  if (git_config_get_bool(&autocrlf, config.get(), "core.autocrlf") == 0 && autocrlf) return true;
  git_buf value = GIT_BUF_INIT;
  const bool attributes_file = git_config_get_string_buf(&value, config.get(), "core.attributesFile") == 0;
  git_buf_dispose(&value);
  if (attributes_file) return true;
  std::error_code error;
  return std::filesystem::exists(std::filesystem::path(git_repository_path(repository.get())) / "info/attributes",
                                 error) ||
         error;
}

// A tree entry whose checked-out form may not be its blob's bytes.
int refuse_special(const char*, const git_tree_entry* entry, void*) {
  const git_filemode_t mode = git_tree_entry_filemode(entry);
  if (mode == GIT_FILEMODE_LINK || mode == GIT_FILEMODE_COMMIT) return -1;
  if (std::string_view(git_tree_entry_name(entry)) == ".gitattributes") return -1;
  return 0;
}

}  // namespace

bool work_tree_is_commit(const source::GitRepository& repository, const std::string& commit_id,
                         const std::string& content_dir) {
  if (commit_id.empty() || head_commit(repository) != commit_id) return false;
  const std::lock_guard<std::mutex> guard(repository.lock());
  if (git_repository_is_bare(repository.get()) || converts_line_ends(repository)) return false;
  git_oid id;
  git_commit* raw_commit = nullptr;
  if (git_oid_fromstr(&id, commit_id.c_str()) != 0 || git_commit_lookup(&raw_commit, repository.get(), &id) != 0) {
    return false;
  }
  const source::GitCommitPtr commit(raw_commit);
  git_tree* raw_tree = nullptr;
  if (git_commit_tree(&raw_tree, commit.get()) != 0) return false;
  const source::GitTreePtr tree(raw_tree);
  // Every .gitattributes on the way to the site folder applies to it too.
  if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, refuse_special, nullptr) != 0) return false;
  const unsigned untracked = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
  if (has_status(repository, {""}, untracked)) return false;
  return !has_status(repository, {content_dir + "/", "forms/"},
                     untracked | GIT_STATUS_OPT_INCLUDE_IGNORED | GIT_STATUS_OPT_RECURSE_IGNORED_DIRS);
}

}  // namespace handboek::history
