// The stages every command shares, from site.yaml to a checked SiteModel
// with its theme: Source → Config → Loader → SiteModel (+ templates and
// assets). `build` renders and writes what this returns, `check` only
// reports, `serve` keeps it in memory.
#pragma once

#include <optional>

#include "base/diagnostics.h"
#include "model/site_model.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"
#include "source/source.h"

namespace handboek::cli {

struct LoadedSite {
  model::SiteModel model;
  render::TemplateEngine templates;
  render::AssetMap assets;
};

// nullopt when the site cannot be modelled at all (no site.yaml, broken
// theme); content errors are in `diagnostics` either way.
std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics);

// Prints every diagnostic to stderr, one per line, errors and warnings.
void print_diagnostics(const base::Diagnostics& diagnostics);

}  // namespace handboek::cli
