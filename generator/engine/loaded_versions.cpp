#include "engine/loaded_versions.h"

#include "base/content_hash.h"
#include "base/site_files.h"
#include "config/config_loader.h"
#include "engine/language_step.h"
#include "engine/review_report.h"
#include "load/content_loader.h"
#include "source/working_tree_source.h"

namespace handboek::engine {

SiteInputs load_site_inputs(const source::Source& working_tree, base::Diagnostics& diagnostics) {
  SiteInputs inputs;
  inputs.site_file = config::load_site_file(working_tree, diagnostics);
  if (inputs.site_file.config) {
    inputs.theme = render::load_theme(working_tree, inputs.site_file.config->theme, diagnostics);
  }
  return inputs;
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
    }
  }
  const config::SiteFile& file = release_file && release_file->config ? *release_file : inputs.site_file;
  for (auto& [config_hash, cache] : caches_) cache.next_version();
  load::PageCache& cache = caches_[base::content_hash(file.bytes)];
  planned.model = load_model(*planned.source, *file.config, planned.context, jobs, own, &cache);
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
                             language::SpellingFindings spelling) {
  LoadedVersions loaded;
  loaded.site_dir = site_dir;
  LanguageStep language;  // the dictionaries load while the site does
  const source::WorkingTreeSource working_tree(site_dir);
  timer.start("config");
  loaded.inputs = load_site_inputs(working_tree, diagnostics);
  if (!loaded.usable()) return loaded;
  timer.start("history");
  loaded.plan = plan_versions(site_dir, loaded.config(), diagnostics, jobs);
  const size_t count = loaded.size();
  const std::vector<bool> wanted = to_load ? to_load(loaded) : std::vector<bool>(count, true);
  const size_t working_tree_slot = loaded.working_tree_slot();
  for (size_t i = 0; i < count; ++i) {
    if ((i < wanted.size() && wanted[i]) || i == working_tree_slot) loaded.load(i, jobs, diagnostics, &timer);
  }
  if (const model::SiteModel* model = loaded.working_tree_model()) {
    // Language: only the working tree, the one text editors can still change.
    timer.start("language");
    loaded.spelling = language.check(*model, working_tree, jobs, diagnostics, spelling);
    loaded.notices = language.off();
    warn_past_reviews(*model, working_tree, today_iso(), diagnostics);
  }
  return loaded;
}

}  // namespace handboek::engine
