// A site's theme (its templates, strings and hashed assets) and where it comes from:
// the site's own themes/<name>/ when it has one, else the themes installed
// with the generator, so a handbook needs no copy of the default theme.
// Shared by build/check (cli) and the preview (serve). Installed themes live in
// <prefix>/share/handboek/themes/ beside <prefix>/bin/handboek; the build
// tree has the same layout (<build>/share/handboek/themes/ beside
// <build>/generator/handboek), so an uninstalled binary finds them too.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"
#include "source/source.h"

namespace handboek::render {

// The folder holding themes/ for the running binary:
// <folder of the executable>/../share/handboek. nullopt when the
// executable cannot be located or the folder does not exist.
std::optional<std::filesystem::path> installed_theme_root();
// Where that folder would be, whether it exists or not (for the message
// that names the folders searched); nullopt when the executable cannot be
// located.
std::optional<std::filesystem::path> installed_theme_place();

// The source to read themes/<name>/ from: `site` when it has that folder,
// else a source over the installed theme root when that has it; nullptr
// when neither has it. `owned` keeps an installed-theme source alive.
const source::Source* locate_theme(const source::Source& site, const std::string& name,
                                   std::unique_ptr<source::Source>& owned);

struct Theme {
  TemplateEngine templates;
  AssetMap assets;
};

// themes/<name>/ of the site, or else of the themes installed with the
// generator; nullopt (with diagnostics) when it is missing in both or broken.
std::optional<Theme> load_theme(const source::Source& site, const std::string& name, base::Diagnostics& diagnostics);

}  // namespace handboek::render
