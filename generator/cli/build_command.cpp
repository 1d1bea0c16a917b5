// `handboek build` and `handboek check`: THE pipeline, in the order data
// flows: Source → Config → (History) → Loader → SiteModel → Renderer →
// Writer. `check` is the same run stopped before the renderer, so both
// validate exactly the same things and exit the same way.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <span>

#include "cli/commands.h"
#include "cli/release_cache.h"
#include "cli/review_report.h"
#include "cli/site_pipeline.h"
#include "cli/stage_timer.h"
#include "model/release_changes.h"
#include "output/atomic_writer.h"
#include "output/pdf_printer.h"
#include "output/search_indexer.h"
#include "render/offline_files.h"
#include "render/site_renderer.h"
#include "render/training_map.h"
#include "render/version_index.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

// Each release against the one before it, the concept against the current.
std::vector<std::optional<render::VersionComparison>> compare_versions(const VersionPlan& plan,
                                                                       std::span<const model::SiteModel> models) {
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

// The current version (the first) against each release older than the one
// before it: the pages "Wat is er veranderd sinds <X>" for any X.
std::vector<render::VersionComparison> compare_with_older_releases(const VersionPlan& plan,
                                                                   std::span<const model::SiteModel> models) {
  std::vector<render::VersionComparison> comparisons;
  const history::VersionHistory& current = *plan.builds[0].history;
  for (size_t older = 2; older < models.size(); ++older) {
    if (models[older].version.is_concept) continue;
    const history::VersionHistory& before = *plan.builds[older].history;
    comparisons.push_back(
        {older, model::compare_releases(models[older], models[0], history::renames_between(before, current), {})});
  }
  return comparisons;
}

// Per build: every training map and section print of a published version,
// its HTML and the PDF printed from it.
std::vector<std::vector<output::PdfJob>> training_pdf_jobs(const LoadedVersions& site) {
  std::vector<std::vector<output::PdfJob>> jobs(site.models.size());
  for (size_t i = 0; i < site.models.size(); ++i) {
    if (!site.plan.builds[i].published) continue;
    for (const render::PrintDocument& document : render::print_documents(site.models[i])) {
      jobs[i].push_back({document.html_path, document.pdf_path});
    }
  }
  return jobs;
}

// Whether `path` (in the written site) belongs to the version `folder`.
bool belongs_to(const std::string& path, const output::VersionFolder& folder) {
  const std::string own = folder.prefix.substr(1);
  if (path.compare(0, own.size(), own) != 0) return false;
  for (const std::string& nested : folder.nested) {
    if (path.compare(own.size(), nested.size() + 1, nested + "/") == 0) return false;
  }
  return true;
}

// Renders every published version the cache does not hold (pages, change
// pages) and the list of versions. Each version is rendered from its own
// model only; what the version bar lists comes from versies/versies.json
// in the browser.
base::OutputTree render_site(const LoadedVersions& site, const ReleaseCache& cache, int jobs) {
  base::OutputTree tree;
  std::vector<const model::SiteModel*> versions;
  std::vector<std::string> rendered_prefixes;
  for (size_t i = 0; i < site.models.size(); ++i) {
    if (!site.plan.builds[i].published) continue;
    versions.push_back(&site.models[i]);
    if (!cache.hit(i)) rendered_prefixes.push_back(site.models[i].version.prefix);
  }
  const bool versioned = !versions.front()->version.name.empty();  // built from release tags
  for (size_t i = 0; i < versions.size(); ++i) {
    if (cache.hit(i)) continue;
    render::render_version(*versions[i], site.theme->templates, site.theme->assets, versioned, jobs, tree,
                           site.statements);
  }
  // The shared assets belong to the root version; each version's offline
  // worker lists them, so they are in the tree even when the root is cached.
  if (cache.hit(0)) site.theme->assets.write_to(tree);
  if (versioned) {
    // The unpublished working tree is always last, so the published models
    // are a prefix of plan.builds and the comparison indices hold.
    const std::span<const model::SiteModel> prefix(site.models.data(), versions.size());
    render::render_version_pages(prefix, compare_versions(site.plan, prefix),
                                 compare_with_older_releases(site.plan, prefix), site.theme->templates,
                                 site.theme->assets, tree, site.statements, cache.hits(), jobs);
  }
  render::add_offline_workers(tree, rendered_prefixes, site.theme->templates);  // last: each lists its version's files
  // A cached version's files all come from its entry: its change pages,
  // rendered above with the list of versions, and the assets are dropped.
  for (size_t i = 0; i < versions.size(); ++i) {
    if (!cache.hit(i)) continue;
    const output::VersionFolder folder = version_folder(versions[i]->version);
    tree.remove_if([&](const std::string& path) { return belongs_to(path, folder); });
  }
  return tree;
}

// Writes the tree atomically; in the written folder, before it replaces
// OUT, the cached versions are copied in, weasyprint prints the training
// maps and Pagefind indexes each version that was rendered.
base::Status write_site(const base::OutputTree& tree, const LoadedVersions& site, const Options& options,
                        const output::PdfTool& pdf, const std::vector<output::PdfJob>& pdf_jobs,
                        const output::SearchTool& search, ReleaseCache& cache) {
  std::vector<output::VersionFolder> rendered;
  for (size_t i = 0; i < site.models.size(); ++i) {
    if (site.plan.builds[i].published && !cache.hit(i)) rendered.push_back(version_folder(site.models[i].version));
  }
  const auto index_search = [&](const std::filesystem::path& folder, std::string& why) {
    if (const base::Status restored = cache.restore(site, folder); !restored.ok()) {
      why = restored.message();
      return false;
    }
    if (pdf.available()) {
      const output::PdfResult printed = output::print_pdfs(pdf, folder, site.config->base_url, pdf_jobs);
      why = printed.error;
      if (!printed.ok) return false;
    }
    if (!search.available()) return true;
    const output::IndexResult indexed = output::build_search_index(search, folder, rendered);
    why = indexed.error;
    return indexed.ok;
  };
  const auto written = output::write_atomically(tree, options.out_dir(), options.site_dir, index_search);
  return written.ok ? base::Status() : base::Status::failure(written.error);
}

// What every release's files depend on besides its own commits.
CacheInputs cache_inputs(const Options& options, const LoadedVersions& site, const output::PdfTool& pdf,
                         const output::SearchTool& search) {
  const source::WorkingTreeSource working_tree(options.site_dir);
  CacheInputs inputs;
  inputs.generator = generator_fingerprint();
  inputs.theme = theme_fingerprint(working_tree, site.config->theme);
  inputs.config = working_tree.read_file(*base::SitePath::parse("site.yaml")).value_or("");
  inputs.tools = "pdf " + pdf.interpreter.string() + "\nsearch " + search.executable.string() + "\n";
  return inputs;
}

}  // namespace

int run_pipeline(const Options& options, Goal goal) {
  const auto start = std::chrono::steady_clock::now();
  if (const base::Status readable = check_site_dir(options.site_dir); !readable.ok()) {
    std::cerr << "handboek: error: " << readable.message() << '\n';
    return kExitEnvironment;
  }
  ProgressLine progress(!options.quiet && options.format == DiagnosticFormat::kText &&
                        ProgressLine::stderr_is_terminal());
  StageTimer timer;
  timer.show_on(&progress);
  const int jobs = options.job_count();
  base::Diagnostics diagnostics;

  LoadedVersions site = load_versions(options.site_dir, jobs, timer, diagnostics);
  const bool usable = site.config && site.theme && !diagnostics.has_errors();
  std::optional<base::OutputTree> tree;
  std::vector<output::PdfJob> pdf_jobs;
  output::PdfTool pdf;
  output::SearchTool search;
  ReleaseCache cache;
  std::vector<std::string> cache_warnings;
  if (usable && goal == Goal::kBuild) {
    const std::vector<std::vector<output::PdfJob>> jobs_per_build = training_pdf_jobs(site);
    const bool prints = std::any_of(jobs_per_build.begin(), jobs_per_build.end(),
                                    [](const std::vector<output::PdfJob>& build) { return !build.empty(); });
    if (prints) pdf = output::find_pdf_tool();
    if (prints && !pdf.available() && !options.quiet) {
      std::cerr << "handboek: de pdf's van de trainingsmappen staan uit: " << pdf.off_reason << '\n';
    }
    search = output::find_search_tool();
    if (!search.available() && !options.quiet) std::cerr << "handboek: zoeken staat uit: " << search.off_reason << '\n';
    for (model::SiteModel& model : site.models) model.training_pdfs = pdf.available();  // pages link the PDF
    if (const auto folder = options.cache_dir()) {
      timer.start("cache");
      cache = ReleaseCache(*folder, options.site_dir, cache_inputs(options, site, pdf, search), site, cache_warnings);
    }
    for (size_t i = 0; i < jobs_per_build.size(); ++i) {  // a cached version's PDFs come with it
      if (!cache.hit(i)) pdf_jobs.insert(pdf_jobs.end(), jobs_per_build[i].begin(), jobs_per_build[i].end());
    }
    timer.start("render");
    tree = render_site(site, cache, jobs);
  }
  progress.finish();
  print_diagnostics(diagnostics, options.format);
  if (goal == Goal::kCheck && options.report == "review" && site.working_tree_model()) {
    print_review_report(*site.working_tree_model(), today_iso(), std::cout);
  }
  if (!usable) {
    std::cerr << "handboek: " << diagnostics.error_count() << " fout(en)";
    if (goal == Goal::kBuild)
      std::cerr << "; niets geschreven, " << options.out_dir().string() << " blijft zoals het was";
    std::cerr << '\n';
    return kExitContentErrors;
  }
  const model::SiteModel& root = site.models.front();
  if (goal == Goal::kCheck) {
    if (!options.quiet) {
      std::cerr << "handboek: " << site.published_count() << " versie(s), " << root.pages.size()
                << " pagina's gecontroleerd, geen fouten\n";
    }
    return kExitOk;
  }

  timer.start("write");
  if (const base::Status written = write_site(*tree, site, options, pdf, pdf_jobs, search, cache); !written.ok()) {
    std::cerr << "handboek: error: " << written.message() << '\n';
    return kExitEnvironment;
  }
  timer.start("cache");
  cache.store(site, options.out_dir(), cache_warnings);
  if (!options.quiet) {
    for (const std::string& warning : cache_warnings) std::cerr << "handboek: waarschuwing: " << warning << '\n';
  }
  if (options.timings) timer.print(std::cerr);
  if (!options.quiet) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::cerr << "handboek: " << site.published_count() << " versie(s)";
    if (cache.hit_count() > 0) std::cerr << " (" << cache.hit_count() << " uit de buildcache)";
    std::cerr << ", " << root.pages.size() << " pagina's, " << tree->size() << " bestanden";
    if (cache.restored_files() > 0) std::cerr << " (en " << cache.restored_files() << " uit de buildcache)";
    std::cerr << " → " << options.out_dir().string() << " ("
              << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)\n";
  }
  return kExitOk;
}

int run_build(const Options& options) {
  if (!options.report.empty()) {
    std::cerr << "handboek build: --report hoort bij check\ngebruik: handboek check [SITE_DIR] --report review\n";
    return kExitUsage;
  }
  return run_pipeline(options, Goal::kBuild);
}

}  // namespace handboek::cli
