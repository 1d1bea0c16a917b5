#include "cli/theme_locator.h"

#include <system_error>

#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

bool has_theme(const source::Source& source, const std::string& name) {
  const auto folder = base::SitePath::parse("themes/" + name);
  return folder && !source.list_dir(*folder).empty();
}

}  // namespace

std::optional<std::filesystem::path> installed_theme_root() {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return std::nullopt;
  const std::filesystem::path root = executable.parent_path().parent_path() / "share" / "handboek";
  if (!std::filesystem::is_directory(root, error)) return std::nullopt;
  return root;
}

const source::Source* locate_theme(const source::Source& site, const std::string& name,
                                   std::unique_ptr<source::Source>& owned) {
  if (has_theme(site, name)) return &site;
  const auto root = installed_theme_root();
  if (!root) return nullptr;
  owned = std::make_unique<source::WorkingTreeSource>(*root);
  return has_theme(*owned, name) ? owned.get() : nullptr;
}

}  // namespace handboek::cli
