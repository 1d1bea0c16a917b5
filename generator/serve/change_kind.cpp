#include "serve/change_kind.h"

#include "base/site_files.h"

namespace handboek::serve {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Files editors write beside the one being edited (vim, emacs, JetBrains,
// kate); they are never content.
bool is_editor_scratch(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? relative : relative.substr(slash + 1);
  return name.empty() || ends_with(name, "~") || ends_with(name, ".swp") || ends_with(name, ".swx") ||
         ends_with(name, ".tmp") || starts_with(name, ".#") || starts_with(name, "#") || name == "4913" ||
         ends_with(name, "___jb_tmp___") || ends_with(name, "___jb_old___");
}

}  // namespace

ChangeKind classify_change(std::string_view relative) {
  if (relative.empty() || is_editor_scratch(relative)) return ChangeKind::kIgnored;
  if (relative == base::kSiteYaml) return ChangeKind::kConfig;
  if (starts_with(relative, "themes/")) return ChangeKind::kTheme;
  if (starts_with(relative, "content/")) return ends_with(relative, ".md") ? ChangeKind::kPage : ChangeKind::kContent;
  if (starts_with(relative, "forms/")) return ChangeKind::kForm;
  return ChangeKind::kIgnored;
}

}  // namespace handboek::serve
