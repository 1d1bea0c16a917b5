#include "render/theme.h"

#include <system_error>

#include "source/working_tree_source.h"

namespace handboek::render {

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

std::optional<Theme> load_theme(const source::Source& site, const std::string& name, base::Diagnostics& diagnostics) {
  std::unique_ptr<source::Source> installed;
  const source::Source* source = locate_theme(site, name, installed);
  if (!source) {
    const auto root = installed_theme_root();
    diagnostics.error("themes/" + name, 0, 0,
                      "theme '" + name + "' not found: the site has no themes/" + name + "/ and handboek has none " +
                          (root ? "in " + (*root / "themes").string() : "installed beside its binary") +
                          "; remove `theme:` from site.yaml to use the default theme");
    return std::nullopt;
  }
  auto templates = TemplateEngine::load(*source, name, diagnostics);
  if (!templates) return std::nullopt;
  return Theme{std::move(*templates), AssetMap::load(*source, name, diagnostics)};
}

}  // namespace handboek::render
