// serve/change_kind: what a changed path means for the preview, as a table
// of cases (after zola's detect_change_kind tests).
#include "serve/change_kind.h"

#include <catch2/catch.hpp>

namespace handboek::serve {
namespace {

TEST_CASE("a changed path is classified by where it lives", "[serve][change_kind]") {
  const std::pair<const char*, ChangeKind> cases[] = {
      {"site.yaml", ChangeKind::kConfig},
      {"themes/default/templates/layout.mustache", ChangeKind::kTheme},
      {"themes/default/assets/handboek.css", ChangeKind::kTheme},
      {"content/processen/mens-in-beeld.md", ChangeKind::kPage},
      {"content/_index.md", ChangeKind::kPage},
      {"content/processen/route.png", ChangeKind::kContent},
      {"content/processen", ChangeKind::kContent},  // a folder deleted or renamed
      {"forms/pip.yaml", ChangeKind::kForm},
      {"content/processen/.mens-in-beeld.md.swp", ChangeKind::kIgnored},
      {"content/processen/mens-in-beeld.md~", ChangeKind::kIgnored},
      {"content/processen/.#mens-in-beeld.md", ChangeKind::kIgnored},
      {"content/processen/4913", ChangeKind::kIgnored},  // vim's write test
      {"README.md", ChangeKind::kIgnored},
      {"public/index.html", ChangeKind::kIgnored},
      {"", ChangeKind::kIgnored},
  };
  for (const auto& [path, kind] : cases) {
    INFO(path);
    CHECK(classify_change(path) == kind);
  }
}

TEST_CASE("only site.yaml and the theme change every page", "[serve][change_kind]") {
  CHECK(changes_everything(ChangeKind::kConfig));
  CHECK(changes_everything(ChangeKind::kTheme));
  CHECK_FALSE(changes_everything(ChangeKind::kPage));
  CHECK_FALSE(changes_everything(ChangeKind::kForm));
}

}  // namespace
}  // namespace handboek::serve
