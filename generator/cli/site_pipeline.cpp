#include "cli/site_pipeline.h"

#include <iostream>

#include "config/config_loader.h"
#include "load/content_loader.h"
#include "model/model_builder.h"

namespace handboek::cli {

std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics) {
  auto config = config::load_site_config(source, diagnostics);
  if (!config) return std::nullopt;
  auto templates = render::TemplateEngine::load(source, config->theme, diagnostics);
  auto assets = render::AssetMap::load(source, config->theme, diagnostics);
  load::LoadedContent content = load::load_content(source, *config, diagnostics, jobs);
  model::SiteModel model = model::build_site_model(std::move(*config), std::move(content), diagnostics);
  if (!templates) return std::nullopt;
  return LoadedSite{std::move(model), std::move(*templates), std::move(assets)};
}

void print_diagnostics(const base::Diagnostics& diagnostics) {
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) std::cerr << diagnostic.format() << '\n';
}

}  // namespace handboek::cli
