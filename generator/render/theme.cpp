#include "render/theme.h"

#include <system_error>

#include "base/installation.h"
#include "source/working_tree_source.h"

namespace handboek::render {

namespace {

bool has_theme(const source::Source& source, const std::string& name) {
  const auto folder = base::SitePath::parse("themes/" + name);
  return folder && !source.list_dir(*folder).empty();
}

}  // namespace

std::optional<std::filesystem::path> installed_theme_place() {
  return base::installed_share_dir();
}

std::optional<std::filesystem::path> installed_theme_root() {
  const auto root = installed_theme_place();
  std::error_code error;
  if (!root || !std::filesystem::is_directory(*root, error)) return std::nullopt;
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
    // Name both folders searched, and the fix that fits: a missing default
    // theme means an incomplete install, another name a site.yaml to correct.
    const auto place = installed_theme_place();
    const std::string installed =
        place ? (*place / "themes" / name).string() + "/" : "share/handboek/themes/" + name + "/ naast het programma";
    diagnostics.error(
        "themes/" + name, 0, 0,
        "thema '" + name + "' niet gevonden; gezocht in themes/" + name + "/ van de site en in " + installed + "; " +
            (name == "default"
                 ? "handboek is niet volledig geïnstalleerd: installeer het met `cmake --install` of het "
                   ".deb-pakket (README.md, \"Installing\"), of kopieer themes/default/ naar de site"
                 : "verbeter of verwijder `theme: " + name + "` in site.yaml om het standaardthema te gebruiken"));
    return std::nullopt;
  }
  auto templates = TemplateEngine::load(*source, name, diagnostics);
  if (!templates) return std::nullopt;
  return Theme{std::move(*templates), AssetMap::load(*source, name, diagnostics)};
}

}  // namespace handboek::render
