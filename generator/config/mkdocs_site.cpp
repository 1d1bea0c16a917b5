#include "config/mkdocs_site.h"

#include "base/text.h"
#include "yaml/yaml_reader.h"

namespace handboek::config {

namespace {

bool is_page_reference(const std::string& value) {
  return value.find("://") == std::string::npos && value.rfind("mailto:", 0) != 0 && !value.empty() &&
         value.back() != '/';
}

// MkDocs' `nav`: a list whose items are "page.md", {Title: "page.md"},
// {Title: "https://…"} or {Title: [more items]}, to any depth.
void collect_nav(const YAML::Node& items, std::vector<std::string>& pages, int depth = 0) {
  if (!items.IsSequence() || depth > 16) return;
  for (const YAML::Node& item : items) {
    if (item.IsScalar()) {
      if (is_page_reference(item.Scalar())) pages.push_back(item.Scalar());
    } else if (item.IsMap()) {
      for (const auto& entry : item) {
        if (entry.second.IsScalar() && is_page_reference(entry.second.Scalar())) {
          pages.push_back(entry.second.Scalar());
        } else if (entry.second.IsSequence()) {
          collect_nav(entry.second, pages, depth + 1);
        }
      }
    }
  }
}

std::string scalar_or_empty(const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  return node && node.IsScalar() ? node.Scalar() : "";
}

}  // namespace

std::optional<MkDocsSite> read_mkdocs_site(const source::Source& source, base::Diagnostics& diagnostics) {
  const auto text = source.read_file(*base::SitePath::parse(kMkDocsPath));
  if (!text) return std::nullopt;
  if (base::first_invalid_utf8(*text) != std::string::npos) {
    diagnostics.warning(kMkDocsPath, 0, 0, "mkdocs.yml is geen geldige UTF-8 en wordt niet gelezen");
    return std::nullopt;
  }
  // Its problems are not ours to report one by one: the file is MkDocs'.
  base::Diagnostics own;
  yaml::YamlReader reader(kMkDocsPath, 1, own);
  std::optional<YAML::Node> root;
  try {
    root = reader.parse(*text);
  } catch (const std::exception&) {  // yaml-cpp on a tag or construct it does not expect
    root.reset();
  }
  if (!root || !root->IsMap()) {
    diagnostics.warning(kMkDocsPath, 0, 0,
                        "mkdocs.yml is geen YAML die handboek kan lezen; titel, map en menu komen er niet uit");
    return std::nullopt;
  }
  MkDocsSite site;
  try {
    site.site_name = scalar_or_empty(*root, "site_name");
    if (const std::string docs_dir = scalar_or_empty(*root, "docs_dir"); !docs_dir.empty()) site.docs_dir = docs_dir;
    while (site.docs_dir.size() > 1 && site.docs_dir.back() == '/') site.docs_dir.pop_back();
    if (site.docs_dir.rfind("./", 0) == 0) site.docs_dir.erase(0, 2);
    collect_nav((*root)["nav"], site.nav);
    if (const YAML::Node css = (*root)["extra_css"]; css && css.IsSequence()) {
      for (const YAML::Node& item : css) {
        if (item.IsScalar()) site.extra_css.push_back(item.Scalar());
      }
    }
  } catch (const std::exception&) {  // a node of an unexpected shape: what was read so far
  }
  return site;
}

}  // namespace handboek::config
