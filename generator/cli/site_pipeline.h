// The stages every command shares, from site.yaml to a checked SiteModel
// with its theme: Source → Config → Loader → SiteModel (+ templates and
// assets). `build` renders and writes what this returns, `check` only
// reports.
#pragma once

#include <optional>

#include "base/diagnostics.h"
#include "load/content_loader.h"
#include "model/model_builder.h"
#include "model/site_model.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"
#include "source/source.h"

namespace handboek::cli {

struct Theme {
  render::TemplateEngine templates;
  render::AssetMap assets;
};

// themes/<name>/ of `source`; nullopt (with diagnostics) when it is broken.
std::optional<Theme> load_theme(const source::Source& source, const std::string& name,
                                base::Diagnostics& diagnostics);

// One version's content → its model. The version's own site.yaml is used
// when it has one (organisations may differ between versions), else
// `fallback_config`.
model::SiteModel load_model(const source::Source& source, const config::SiteConfig& fallback_config,
                            const model::BuildContext& context, int jobs, base::Diagnostics& diagnostics,
                            load::PageCaches* caches = nullptr);

struct LoadedSite {
  model::SiteModel model;
  Theme theme;
};

// The working tree as one site, without history (what `check` validates).
// nullopt when there is no usable site.yaml or theme.
std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics);

// Prints every diagnostic to stderr, one per line, errors and warnings.
void print_diagnostics(const base::Diagnostics& diagnostics);

}  // namespace handboek::cli
