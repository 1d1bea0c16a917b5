// MkDocsSite: what handboek takes from a handbook written for MkDocs
// (mkdocs.yml beside the site folder's docs/): the title, the content folder
// and the menu order. Everything else in mkdocs.yml (theme, plugins,
// markdown_extensions, custom tags such as `!!python/name:` or `!ENV`) is
// ignored, never an error: the file belongs to another tool. Read by
// config_loader only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "source/source.h"

namespace handboek::config {

struct MkDocsSite {
  std::string site_name;          // "" when mkdocs.yml has none
  std::string docs_dir = "docs";  // MkDocs' default
  // The pages `nav` names, relative to docs_dir ("team/werkwijze.md"), in
  // menu order; external links and folders left out.
  std::vector<std::string> nav;
  std::vector<std::string> extra_css;  // stylesheets the site adds to MkDocs' theme
};

inline constexpr const char* kMkDocsPath = "mkdocs.yml";

// mkdocs.yml of `source`; nullopt when there is none. A file that is not
// valid YAML gives one warning and nullopt.
std::optional<MkDocsSite> read_mkdocs_site(const source::Source& source, base::Diagnostics& diagnostics);

}  // namespace handboek::config
