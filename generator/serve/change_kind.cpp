#include "serve/change_kind.h"

#include "base/site_files.h"

namespace handboek::serve {

namespace {

// Files editors write beside the one being edited (vim, emacs, JetBrains,
// kate); they are never content.
bool is_editor_scratch(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? relative : relative.substr(slash + 1);
  return name.empty() || name.ends_with("~") || name.ends_with(".swp") || name.ends_with(".swx") ||
         name.ends_with(".tmp") || name.starts_with(".#") || name.starts_with("#") || name == "4913" ||
         name.ends_with("___jb_tmp___") || name.ends_with("___jb_old___");
}

}  // namespace

ChangeKind classify_change(std::string_view relative) {
  if (relative.empty() || is_editor_scratch(relative)) return ChangeKind::kIgnored;
  if (relative == base::kSiteYaml) return ChangeKind::kConfig;
  if (relative.starts_with("themes/")) return ChangeKind::kTheme;
  if (relative.starts_with("content/")) return relative.ends_with(".md") ? ChangeKind::kPage : ChangeKind::kContent;
  if (relative.starts_with("forms/")) return ChangeKind::kForm;
  return ChangeKind::kIgnored;
}

}  // namespace handboek::serve
