#include "cli/site_pipeline.h"

#include <future>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "base/content_hash.h"
#include "cli/language_step.h"
#include "cli/review_report.h"
#include "config/config_loader.h"
#include "config/site_statements.h"
#include "load/content_loader.h"
#include "source/content_folder_source.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

model::SiteModel load_model(const source::Source& source, const config::SiteConfig& fallback_config,
                            const model::BuildContext& context, int jobs, base::Diagnostics& diagnostics,
                            load::PageCaches* caches) {
  std::optional<config::SiteConfig> config;
  const auto site_yaml = source.read_file(*base::SitePath::parse("site.yaml"));
  if (site_yaml) config = config::load_site_config(source, diagnostics);
  if (!config) config = fallback_config;
  if (config->content_dir.empty()) config->content_dir = fallback_config.content_dir;
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

size_t LoadedVersions::working_tree_build() const {
  for (size_t i = 0; i < plan.builds.size(); ++i) {
    const model::VersionInfo& info = version(i);
    const bool release = !info.name.empty() && !info.is_concept;
    if (!release || !plan.builds[i].published) return i;
  }
  return plan.builds.size();
}

const model::SiteModel* LoadedVersions::working_tree_model() const {
  const size_t build = working_tree_build();
  return loaded(build) ? &model(build) : nullptr;
}

void LoadedVersions::load(size_t build, int jobs, base::Diagnostics& diagnostics, StageTimer* timer) {
  if (loaded(build)) return;
  const VersionBuild& planned = plan.builds[build];
  if (timer) {
    const std::string& name = planned.context.version.name;
    timer->start(name.empty() || !planned.published ? "load+model" : "load+model " + name);
  }
  base::Diagnostics own;
  for (auto& [config_hash, cache] : caches_) cache.next_version();
  models[build] = load_model(*planned.source, *config, planned.context, jobs, own, &caches_);
  models[build]->training_pdfs = training_pdfs;
  if (was_loaded[build]) return;  // loaded before and dropped: its diagnostics are in already
  was_loaded[build] = true;
  base::Diagnostics merged;
  merge_version_diagnostics(own, planned.context.version, merged);
  found[build] = merged.sorted();
  for (const base::Diagnostic& diagnostic : found[build]) diagnostics.add(diagnostic);
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

void LoadedVersions::finish_language(base::Diagnostics& diagnostics, StageTimer* timer) {
  if (!language_.valid()) return;
  const std::string interrupted = timer ? timer->running() : "";
  if (timer) timer->start("language");
  LanguageFindings found = language_.get();
  if (timer && !interrupted.empty()) timer->start(interrupted);
  if (timer && interrupted.empty()) timer->stop();
  diagnostics.merge(found.diagnostics);
  spelling = std::move(found.spelling);
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
                             base::Diagnostics& diagnostics, const ModelsToLoad& to_load,
                             language::SpellingFindings spelling) {
  LoadedVersions loaded;
  // The dictionaries load while the site does; the spelling answers of the
  // last build are kept in the default build cache.
  auto language = std::make_shared<LanguageStep>(site_dir / ".handboek-cache");
  const source::WorkingTreeSource working_tree_source(site_dir);
  const source::Source& working_tree = working_tree_source;
  timer.start("config");
  loaded.config = config::load_site_config(working_tree, diagnostics);
  loaded.statements = config::load_site_statements(working_tree, diagnostics);
  if (loaded.config) loaded.theme = render::load_theme(working_tree, loaded.config->theme, diagnostics);
  if (!loaded.config || !loaded.theme) return loaded;
  timer.start("history");
  loaded.plan = plan_versions(site_dir, *loaded.config, diagnostics, jobs);
  diagnostics.show_folder_as(source::kContentFolder, loaded.plan.content_dir);
  loaded.config->content_dir = loaded.plan.content_dir;  // found: edit links name the real file
  const size_t count = loaded.plan.builds.size();
  loaded.models.resize(count);
  loaded.found.resize(count);
  loaded.was_loaded.assign(count, false);
  const std::vector<bool> wanted = to_load ? to_load(loaded) : std::vector<bool>(count, true);
  const size_t working_tree_build = loaded.working_tree_build();
  for (size_t i = 0; i < count; ++i) {
    if ((i < wanted.size() && wanted[i]) || i == working_tree_build) loaded.load(i, jobs, diagnostics, &timer);
  }
  if (const model::SiteModel* working_tree = loaded.working_tree_model()) {
    // Language: only the working tree, the one text editors can still change.
    timer.start("language");
    auto pages = std::shared_ptr<const source::Source>(
        source::with_content_folder(std::make_unique<source::WorkingTreeSource>(site_dir), loaded.plan.content_dir));
    warn_past_reviews(*working_tree, *pages, today_iso(), diagnostics);
    if (spelling == language::SpellingFindings::kClientPagesOnly && !loaded.config->strict_language) {
      // Only warnings: checked beside rendering and writing, on a copy of
      // the model (build drops the models it has written).
      auto model = std::make_shared<const model::SiteModel>(*working_tree);
      loaded.language_ = std::async(std::launch::async, [language, model, pages, jobs, spelling] {
        LoadedVersions::LanguageFindings found;
        found.spelling = language->check(*model, *pages, jobs, found.diagnostics, spelling);
        return found;
      });
    } else {
      loaded.spelling = language->check(*working_tree, *pages, jobs, diagnostics, spelling);
    }
    timer.stop();
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
