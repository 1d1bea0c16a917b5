#include "history/work_tree_status.h"

#include <vector>

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

}  // namespace handboek::history
