// `handboek build`: THE pipeline, in the order data flows:
// Source → Config → (History) → Loader → SiteModel → Renderer → Writer.
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/site_pipeline.h"
#include "cli/stage_timer.h"
#include "cli/version_plan.h"
#include "config/config_loader.h"
#include "output/atomic_writer.h"
#include "output/search_indexer.h"
#include "render/site_renderer.h"
#include "render/version_index.h"
#include "model/release_changes.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

// Diagnostics of an older release or the concept name the version; only
// the root build's and the concept's warnings are shown (old releases are
// history: their warnings cannot be acted on).
void merge_version_diagnostics(const base::Diagnostics& found, const model::VersionInfo& version,
                               base::Diagnostics& diagnostics) {
  for (base::Diagnostic diagnostic : found.sorted()) {
    const bool old_release = !version.is_current && !version.is_concept;
    if (old_release && diagnostic.severity == base::Severity::kWarning) continue;
    if (!version.is_current) diagnostic.message += " (versie " + version.name + ")";
    diagnostics.add(std::move(diagnostic));
  }
}

// Each release against the one before it, the concept against the current.
std::vector<std::optional<render::VersionComparison>> compare_versions(const VersionPlan& plan,
                                                                       const std::vector<model::SiteModel>& models) {
  std::vector<std::optional<render::VersionComparison>> comparisons(models.size());
  for (size_t i = 0; i < models.size(); ++i) {
    const bool is_concept = models[i].version.is_concept;
    const size_t older = is_concept ? 0 : i + 1;
    if (older >= models.size() || models[older].version.is_concept || older == i) continue;
    const history::VersionHistory& before = *plan.builds[older].history;
    const history::VersionHistory& after = *plan.builds[i].history;
    comparisons[i] = render::VersionComparison{
        older, model::compare_releases(models[older], models[i], history::renames_between(before, after),
                                       history::release_notes(before, after))};
  }
  return comparisons;
}

}  // namespace

int run_build(const Options& options) {
  const auto start = std::chrono::steady_clock::now();
  StageTimer timer;
  const int jobs = options.job_count();
  const source::WorkingTreeSource working_tree(options.site_dir);
  base::Diagnostics diagnostics;

  timer.start("config");
  const auto config = config::load_site_config(working_tree, diagnostics);
  const auto theme = config ? load_theme(working_tree, config->theme, diagnostics) : std::nullopt;
  VersionPlan plan;
  std::vector<model::SiteModel> models;
  if (config && theme) {
    timer.start("history");
    plan = plan_versions(options.site_dir, *config, diagnostics);
    timer.start("load+model");
    load::PageCaches caches;  // unchanged pages are parsed once for all releases
    for (const VersionBuild& build : plan.builds) {
      base::Diagnostics found;
      models.push_back(load_model(*build.source, *config, build.context, jobs, found, &caches));
      merge_version_diagnostics(found, build.context.version, diagnostics);
    }
  }
  print_diagnostics(diagnostics);
  if (!config || !theme || diagnostics.has_errors()) {
    std::cerr << "handboek: " << diagnostics.error_count() << " error(s); nothing written, "
              << options.out_dir().string() << " left as it was\n";
    return kExitContentErrors;
  }

  timer.start("render");
  output::OutputTree tree;
  std::vector<const model::SiteModel*> versions;
  for (const model::SiteModel& model : models) versions.push_back(&model);
  const render::VersionSwitcher switcher(versions);
  for (const model::SiteModel& model : models) {
    render::render_version(model, theme->templates, theme->assets, switcher, jobs, tree);
  }
  if (!switcher.empty()) {
    render::render_version_pages(models, compare_versions(plan, models), theme->templates, theme->assets, switcher,
                                 tree);
  }

  timer.start("write");
  // search: Pagefind indexes each version in the written folder before it replaces OUT
  const output::SearchTool search = output::find_search_tool(options.site_dir);
  if (!search.available()) std::cerr << "handboek: zoeken staat uit: " << search.off_reason << '\n';
  std::vector<std::string> prefixes;
  for (const model::SiteModel& model : models) prefixes.push_back(model.version.prefix);
  const auto index_search = [&](const std::filesystem::path& folder, std::string& why) {
    if (!search.available()) return true;
    const output::IndexResult indexed = output::build_search_index(search, folder, prefixes);
    why = indexed.error;
    return indexed.ok;
  };
  const auto written = output::write_atomically(tree, options.out_dir(), options.site_dir, index_search);
  if (!written.ok) {
    std::cerr << "handboek: error: " << written.error << '\n';
    return kExitContentErrors;
  }
  if (options.timings) timer.print(std::cerr);
  if (!options.quiet) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::cerr << "handboek: " << models.size() << " versie(s), " << models.front().pages.size() << " pagina's, "
              << tree.size() << " bestanden → " << options.out_dir().string() << " ("
              << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)\n";
  }
  return kExitOk;
}

}  // namespace handboek::cli
