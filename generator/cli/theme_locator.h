// Where a site's theme comes from: the site's own themes/<name>/ when it
// has one, else the themes installed with the generator, so a handbook needs
// no copy of the default theme. Installed themes live in
// <prefix>/share/handboek/themes/ beside <prefix>/bin/handboek; the build
// tree has the same layout (<build>/share/handboek/themes/ beside
// <build>/generator/handboek), so an uninstalled binary finds them too.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "source/source.h"

namespace handboek::cli {

// The folder holding themes/ for the running binary:
// <folder of the executable>/../share/handboek. nullopt when the
// executable cannot be located or the folder does not exist.
std::optional<std::filesystem::path> installed_theme_root();

// The source to read themes/<name>/ from: `site` when it has that folder,
// else a source over the installed theme root when that has it; nullptr
// when neither has it. `owned` keeps an installed-theme source alive.
const source::Source* locate_theme(const source::Source& site, const std::string& name,
                                   std::unique_ptr<source::Source>& owned);

}  // namespace handboek::cli
