// ChangeKind: what a changed file means for the preview (after zola's
// detect_change_kind): site.yaml and the theme change every page, a page
// may change only itself, a form changes its pages. Pure: a path in, a kind
// out; serve/preview_site decides the work from it.
#pragma once

#include <string_view>

namespace handboek::serve {

enum class ChangeKind {
  kIgnored,  // not part of the site (.git/, OUT, editor swap files)
  kConfig,   // site.yaml
  kTheme,    // themes/…
  kPage,     // content/….md
  kContent,  // another file of content/ (an image, a PDF)
  kForm,     // forms/….yaml
};

// `relative` is '/'-separated and relative to the site folder.
ChangeKind classify_change(std::string_view relative);

// True for kConfig and kTheme: every page must be rendered again.
inline bool changes_everything(ChangeKind kind) {
  return kind == ChangeKind::kConfig || kind == ChangeKind::kTheme;
}

}  // namespace handboek::serve
