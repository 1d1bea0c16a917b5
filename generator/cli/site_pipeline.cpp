#include "cli/site_pipeline.h"

#include <iostream>
#include <nlohmann/json.hpp>

#include "base/content_hash.h"
#include "cli/language_step.h"
#include "cli/review_report.h"
#include "config/config_loader.h"
#include "config/site_statements.h"
#include "load/content_loader.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

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
  auto theme = render::load_theme(source, config->theme, diagnostics);
  load::LoadedContent content = load::load_content(source, *config, diagnostics, jobs);
  model::SiteModel model = model::build_site_model(std::move(*config), std::move(content), diagnostics);
  if (!theme) return std::nullopt;
  return LoadedSite{std::move(model), std::move(*theme)};
}

const model::SiteModel* LoadedVersions::working_tree_model() const {
  for (size_t i = 0; i < models.size(); ++i) {
    const model::VersionInfo& version = models[i].version;
    const bool release = !version.name.empty() && !version.is_concept;
    if (!release || !plan.builds[i].published) return &models[i];
  }
  return nullptr;
}

base::Status check_site_dir(const std::filesystem::path& site_dir) {
  std::error_code error;
  const auto status = std::filesystem::status(site_dir, error);
  if (error) return base::Status::io_error("kan de map van de site " + site_dir.string() + " niet lezen", error);
  if (!std::filesystem::is_directory(status)) {
    return base::Status::failure("de site " + site_dir.string() + " is geen map");
  }
  std::filesystem::directory_iterator listing(site_dir, error);
  if (error) return base::Status::io_error("kan de map van de site " + site_dir.string() + " niet lezen", error);
  return {};
}

size_t LoadedVersions::published_count() const {
  size_t count = 0;
  for (const VersionBuild& build : plan.builds) count += build.published ? 1 : 0;
  return count;
}

void merge_version_diagnostics(const base::Diagnostics& found, const model::VersionInfo& version,
                               base::Diagnostics& diagnostics) {
  const bool old_release = !version.is_current && !version.is_concept;
  for (base::Diagnostic diagnostic : found.sorted()) {
    if (old_release) {
      if (diagnostic.severity == base::Severity::kWarning) continue;
      diagnostic.severity = base::Severity::kWarning;
    }
    if (!version.is_current) diagnostic.message += " (versie " + version.name + ")";
    diagnostics.add(std::move(diagnostic));
  }
}

LoadedVersions load_versions(const std::filesystem::path& site_dir, int jobs, StageTimer& timer,
                             base::Diagnostics& diagnostics) {
  LoadedVersions loaded;
  LanguageStep language;  // the dictionaries load while the site does
  const source::WorkingTreeSource working_tree_source(site_dir);
  const source::Source& working_tree = working_tree_source;
  timer.start("config");
  loaded.config = config::load_site_config(working_tree, diagnostics);
  loaded.statements = config::load_site_statements(working_tree, diagnostics);
  if (loaded.config) loaded.theme = render::load_theme(working_tree, loaded.config->theme, diagnostics);
  if (!loaded.config || !loaded.theme) return loaded;
  timer.start("history");
  loaded.plan = plan_versions(site_dir, *loaded.config, diagnostics, jobs);
  load::PageCaches caches;  // unchanged pages are parsed once for all versions
  for (const VersionBuild& build : loaded.plan.builds) {
    const std::string& name = build.context.version.name;
    timer.start(name.empty() || !build.published ? "load+model" : "load+model " + name);
    base::Diagnostics found;
    loaded.models.push_back(load_model(*build.source, *loaded.config, build.context, jobs, found, &caches));
    merge_version_diagnostics(found, build.context.version, diagnostics);
  }
  if (const model::SiteModel* working_tree = loaded.working_tree_model()) {
    // Language: only the working tree, the one text editors can still change.
    language.check(*working_tree, working_tree_source, jobs, diagnostics);
    warn_past_reviews(*working_tree, working_tree_source, today_iso(), diagnostics);
  }
  return loaded;
}

void print_diagnostics(const base::Diagnostics& diagnostics, DiagnosticFormat format) {
  for (const base::Diagnostic& diagnostic : diagnostics.sorted()) {
    if (format == DiagnosticFormat::kText) {
      std::cerr << diagnostic.format() << '\n';
      continue;
    }
    const nlohmann::ordered_json line = {
        {"path", diagnostic.path},
        {"line", diagnostic.line},
        {"column", diagnostic.column},
        {"severity", diagnostic.severity == base::Severity::kError ? "error" : "warning"},
        {"message", diagnostic.message}};
    // Invalid UTF-8 in a message (quoted from a broken file) is replaced,
    // never a reason to fail.
    std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  std::cout.flush();
}

}  // namespace handboek::cli
