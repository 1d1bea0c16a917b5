#include "engine/loaded_versions.h"

#include <future>
#include <memory>

#include "base/content_hash.h"
#include "base/did_you_mean.h"
#include "base/site_files.h"
#include "config/config_loader.h"
#include "engine/language_step.h"
#include "engine/review_report.h"
#include "load/content_loader.h"
#include "load/design_tokens.h"
#include "source/content_folder_source.h"
#include "source/working_tree_source.h"

namespace handboek::engine {

SiteInputs load_site_inputs(const source::Source& working_tree, base::Diagnostics& diagnostics) {
  SiteInputs inputs;
  inputs.site_file = config::load_site_file(working_tree, diagnostics);
  if (inputs.site_file.config) {
    inputs.theme = render::load_theme(working_tree, inputs.site_file.config->theme, diagnostics);
  }
  if (inputs.usable()) add_design_tokens(working_tree, inputs, diagnostics);
  return inputs;
}

void add_design_tokens(const source::Source& working_tree, SiteInputs& inputs, base::Diagnostics& diagnostics) {
  const std::string& path = inputs.config().tokens;
  inputs.tokens_css.clear();
  if (path.empty()) return;
  const auto bytes = working_tree.read_file(*base::SitePath::parse(path));
  if (!bytes) {
    diagnostics.error(base::kSiteYaml, 0, 0, "het tokens-bestand '" + path + "' bestaat niet");
    return;
  }
  inputs.tokens_css = load::design_tokens_css(*bytes, path, diagnostics);
  if (!inputs.tokens_css.empty()) inputs.theme->assets.add(render::kDesignTokensAsset, inputs.tokens_css);
}

model::SiteModel load_model(const source::Source& source, const config::SiteConfig& config,
                            const model::BuildContext& context, int jobs, base::Diagnostics& diagnostics,
                            load::PageCache* cache) {
  load::LoadedContent content = load::load_content(source, config, diagnostics, jobs, cache);
  return model::build_site_model(config, std::move(content), diagnostics, context);
}

std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics) {
  SiteInputs inputs = load_site_inputs(source, diagnostics);
  if (!inputs.site_file.config) return std::nullopt;
  model::SiteModel model = load_model(source, inputs.config(), {}, jobs, diagnostics);
  if (!inputs.theme) return std::nullopt;
  return LoadedSite{std::move(model), std::move(*inputs.theme)};
}

size_t LoadedVersions::working_tree_slot() const {
  for (size_t i = 0; i < size(); ++i) {
    if (slot(i).is_working_tree() || slot(i).is_working_tree_too) return i;
  }
  return size();
}

const model::SiteModel* LoadedVersions::working_tree_model() const {
  const size_t i = working_tree_slot();
  return loaded(i) ? &model(i) : nullptr;
}

void LoadedVersions::load(size_t i, int jobs, base::Diagnostics& diagnostics, StageTimer* timer) {
  if (loaded(i)) return;
  VersionSlot& planned = slot(i);
  if (timer) {
    const std::string& name = planned.version().name;
    timer->start(name.empty() || !planned.published ? "load+model" : "load+model " + name);
  }
  base::Diagnostics own;
  // A release has the site.yaml it was tagged with (organisations may
  // differ between versions); one without site.yaml, and the working tree,
  // use the working tree's, read once.
  std::optional<config::SiteFile> release_file;
  if (planned.is_release()) {
    if (planned.source->read_file(*base::SitePath::parse(base::kSiteYaml))) {
      release_file = config::load_site_file(*planned.source, own);
      if (!edition.empty()) config::apply_edition(*release_file, edition);
    }
  }
  const config::SiteFile& file = release_file && release_file->config ? *release_file : inputs.site_file;
  config::SiteConfig config = *file.config;
  if (config.content_dir.empty()) config.content_dir = inputs.config().content_dir;
  for (auto& [config_hash, cache] : *caches_) cache.next_version();
  load::PageCache& cache = (*caches_)[base::content_hash(file.bytes)];
  planned.model = load_model(*planned.source, config, planned.context, jobs, own, &cache);
  planned.model->training_pdfs = training_pdfs;
  if (planned.was_loaded) return;  // loaded before and dropped: its diagnostics are in already
  planned.was_loaded = true;
  base::Diagnostics merged;
  merge_version_diagnostics(own, planned.version(), merged);
  planned.found = merged.sorted();
  for (const base::Diagnostic& diagnostic : planned.found) diagnostics.add(diagnostic);
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
  notices.insert(notices.end(), found.off.begin(), found.off.end());
}

size_t LoadedVersions::published_count() const {
  size_t count = 0;
  for (const VersionSlot& planned : plan.slots) count += planned.published ? 1 : 0;
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
                             language::SpellingFindings spelling, const std::string& edition, SharedLoading* shared) {
  LoadedVersions loaded;
  loaded.site_dir = site_dir;
  loaded.edition = edition;
  if (shared) loaded.caches_ = shared->pages;
  // The dictionaries load while the site does; the spelling answers of the
  // last build are kept in the default build cache.
  auto language = std::make_shared<LanguageStep>(site_dir / base::kCacheDir);
  const source::WorkingTreeSource working_tree(site_dir);
  timer.start("config");
  loaded.inputs = load_site_inputs(working_tree, diagnostics);
  if (!loaded.usable()) return loaded;
  if (!edition.empty()) {
    if (!loaded.config().find_organisation(edition)) {
      diagnostics.error(base::kSiteYaml, 0, 0,
                        "onbekende organisatie '" + edition +
                            "' voor --organisatie; site.yaml noemt er geen met die id" +
                            base::suggestion_suffix(edition, loaded.config().organisation_ids()));
      return loaded;
    }
    const std::string regional_tokens = loaded.config().tokens;
    config::apply_edition(loaded.inputs.site_file, edition);
    if (loaded.config().tokens != regional_tokens) add_design_tokens(working_tree, loaded.inputs, diagnostics);
  }
  timer.start("history");
  loaded.plan = plan_versions(site_dir, loaded.config(), diagnostics, jobs, shared ? &shared->git : nullptr);
  diagnostics.show_folder_as(source::kContentFolder, loaded.plan.content_dir);
  loaded.inputs.site_file.config->content_dir = loaded.plan.content_dir;  // found: edit links name the real file
  const size_t count = loaded.size();
  const std::vector<bool> wanted = to_load ? to_load(loaded) : std::vector<bool>(count, true);
  const size_t working_tree_slot = loaded.working_tree_slot();
  for (size_t i = 0; i < count; ++i) {
    if ((i < wanted.size() && wanted[i]) || i == working_tree_slot) loaded.load(i, jobs, diagnostics, &timer);
  }
  if (const model::SiteModel* working_tree_model = loaded.working_tree_model()) {
    // Language: only the working tree, the one text editors can still change.
    timer.start("language");
    auto pages = std::shared_ptr<const source::Source>(
        source::with_content_folder(std::make_unique<source::WorkingTreeSource>(site_dir), loaded.plan.content_dir));
    warn_past_reviews(*working_tree_model, *pages, today_iso(), diagnostics);
    if (spelling == language::SpellingFindings::kClientPagesOnly && !loaded.config().strict_language) {
      // Only warnings: checked beside rendering and writing, on a copy of
      // the model (build drops the models it has written).
      auto model = std::make_shared<const model::SiteModel>(*working_tree_model);
      loaded.language_ = std::async(std::launch::async, [language, model, pages, jobs, spelling] {
        LoadedVersions::LanguageFindings found;
        found.spelling = language->check(*model, *pages, jobs, found.diagnostics, spelling);
        found.off = language->off();
        return found;
      });
    } else {
      loaded.spelling = language->check(*working_tree_model, *pages, jobs, diagnostics, spelling);
      loaded.notices = language->off();
    }
    timer.stop();
  }
  return loaded;
}

}  // namespace handboek::engine
