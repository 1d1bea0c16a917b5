// Theme assets with their content hash in the name (style.css →
// assets/style.3f2a9c1b7d.css), so browsers may cache them forever and a
// new version is never mixed with an old stylesheet.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/output_tree.h"
#include "source/source.h"

namespace handboek::render {

// The asset name of the design tokens of site.yaml `tokens` (an
// organisation's house style, load/design_tokens.h), when there are any.
inline constexpr const char* kDesignTokensAsset = "tokens.css";

class AssetMap {
 public:
  // Reads every file of themes/<theme>/assets/ from `source`.
  static AssetMap load(const source::Source& source, const std::string& theme, base::Diagnostics& diagnostics);

  // Site-absolute URL of an asset by its plain name ("style.css"); "" if unknown.
  std::string url(const std::string& name) const;
  // Adds (or replaces) the asset `name` ("tokens.css") made by the build,
  // not read from the theme: an organisation's design tokens.
  void add(const std::string& name, std::string bytes);
  // Adds every asset under its hashed name.
  void write_to(base::OutputTree& tree) const;

 private:
  struct Asset {
    std::string hashed_path;  // assets/style.<hash>.css
    std::string bytes;
  };
  std::map<std::string, Asset> assets_;
};

}  // namespace handboek::render
