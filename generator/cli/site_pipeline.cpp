#include "cli/site_pipeline.h"

#include <iostream>

#include "base/content_hash.h"
#include "config/config_loader.h"
#include "load/content_loader.h"

namespace handboek::cli {

std::optional<Theme> load_theme(const source::Source& source, const std::string& name,
                                base::Diagnostics& diagnostics) {
  auto templates = render::TemplateEngine::load(source, name, diagnostics);
  if (!templates) return std::nullopt;
  return Theme{std::move(*templates), render::AssetMap::load(source, name, diagnostics)};
}

model::SiteModel load_model(const source::Source& source, const config::SiteConfig& fallback_config,
                            const model::BuildContext& context, int jobs, base::Diagnostics& diagnostics,
                            load::PageCaches* caches) {
  std::optional<config::SiteConfig> config;
  const auto site_yaml = source.read_file(*base::SitePath::parse("site.yaml"));
  if (site_yaml) config = config::load_site_config(source, diagnostics);
  if (!config) config = fallback_config;
  load::PageCache* cache = caches ? &(*caches)[site_yaml ? base::content_hash(*site_yaml) : ""] : nullptr;
  load::LoadedContent content = load::load_content(source, *config, diagnostics, jobs, cache);
  return model::build_site_model(std::move(*config), std::move(content), diagnostics, context);
}

std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics) {
  auto config = config::load_site_config(source, diagnostics);
  if (!config) return std::nullopt;
  auto theme = load_theme(source, config->theme, diagnostics);
  load::LoadedContent content = load::load_content(source, *config, diagnostics, jobs);
  model::SiteModel model = model::build_site_model(std::move(*config), std::move(content), diagnostics);
  if (!theme) return std::nullopt;
  return LoadedSite{std::move(model), std::move(*theme)};
}

void print_diagnostics(const base::Diagnostics& diagnostics) {
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) std::cerr << diagnostic.format() << '\n';
}

}  // namespace handboek::cli
