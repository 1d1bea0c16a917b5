// `handboek build` and `handboek check`: THE pipeline, in the order data
// flows: Source → Config → (History) → Loader → SiteModel → Renderer →
// Writer. `check` is the same run stopped before the renderer, so both
// validate exactly the same things and exit the same way.
#include <chrono>
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/release_cache.h"
#include "cli/review_report.h"
#include "cli/site_pipeline.h"
#include "cli/stage_timer.h"
#include "cli/version_writer.h"
#include "output/atomic_writer.h"
#include "output/pdf_printer.h"
#include "output/search_indexer.h"
#include "source/working_tree_source.h"

namespace handboek::cli {

namespace {

// Prints the PDFs of the rendered versions and indexes them for search, in
// the written folder before it replaces OUT.
output::BeforeSwap print_and_index(const LoadedVersions& site, const WrittenVersions& written,
                                   const output::PdfTool& pdf, const output::SearchTool& search) {
  return [&](const std::filesystem::path& folder, std::string& why) {
    if (pdf.available()) {
      const output::PdfResult printed = output::print_pdfs(pdf, folder, site.config->base_url, written.pdf_jobs);
      why = printed.error;
      if (!printed.ok) return false;
    }
    if (!search.available()) return true;
    const output::IndexResult indexed = output::build_search_index(search, folder, written.rendered);
    why = indexed.error;
    return indexed.ok;
  };
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

// The tools and the cache a build uses, found once the versions are known
// and before any model is loaded: which releases come from the cache
// decides which models are needed.
struct BuildTools {
  output::PdfTool pdf;
  output::SearchTool search;
  ReleaseCache cache;
  std::vector<std::string> cache_warnings;
};

// The models `build` loads before writing anything: the root and the
// concept, whose errors block the build (the working tree is always
// loaded). Older releases are loaded while they are written.
ModelsToLoad prepare_build(const Options& options, StageTimer& timer, BuildTools& tools) {
  return [&options, &timer, &tools](LoadedVersions& site) {
    tools.pdf = output::find_pdf_tool();
    tools.search = output::find_search_tool();
    if (!tools.search.available() && !options.quiet) {
      std::cerr << "handboek: zoeken staat uit: " << tools.search.off_reason << '\n';
    }
    site.training_pdfs = tools.pdf.available();  // pages link the PDF
    if (const auto folder = options.cache_dir()) {
      timer.start("cache");
      tools.cache = ReleaseCache(*folder, options.site_dir, cache_inputs(options, site, tools.pdf, tools.search), site,
                                 tools.cache_warnings);
    }
    std::vector<bool> wanted(site.size(), false);
    for (size_t i = 0; i < site.size(); ++i) wanted[i] = i == 0 || site.version(i).is_concept;
    return wanted;
  };
}

// A build that stops on an error still reports what `check` reports: the
// warnings of every release, from the cache's notes or by loading it.
void add_diagnostics_of_every_version(LoadedVersions& site, const ReleaseCache& cache, int jobs,
                                      base::Diagnostics& diagnostics) {
  for (size_t i = 0; i < site.models.size(); ++i) {
    if (site.was_loaded[i]) continue;
    if (cache.hit(i)) {
      cache.add_diagnostics(site, i, diagnostics);
    } else {
      site.load(i, jobs, diagnostics);
      site.drop(i);
    }
  }
}

// The errors print_diagnostics printed: the same error found twice (a
// page shared by two versions) is one line, so it counts once.
size_t printed_error_count(const base::Diagnostics& diagnostics) {
  size_t count = 0;
  for (const base::Diagnostic& diagnostic : diagnostics.sorted())
    count += diagnostic.severity == base::Severity::kError;
  return count;
}

// The pages of the working tree that are in no release (their path is in
// none of the releases' trees), when releases are built and the working
// tree is not published as the concept: a build leaves them out, so say so.
std::vector<std::string> pages_in_no_release(const LoadedVersions& site) {
  std::vector<std::string> unreleased;
  const size_t working = site.working_tree_build();
  const model::SiteModel* model = site.working_tree_model();
  if (!site.plan.repository || !model || site.plan.builds[working].published) return unreleased;
  for (const model::PageEntry& entry : model->pages) {
    if (entry.page.is_generated) continue;
    bool released = false;
    for (const VersionBuild& build : site.plan.builds) {
      if (build.commit_id.empty()) continue;
      if (build.source->read_file(entry.page.path)) {
        released = true;
        break;
      }
    }
    if (!released) unreleased.push_back(entry.page.path.str());
  }
  return unreleased;
}

void report_pages_in_no_release(const LoadedVersions& site, const Options& options) {
  if (options.quiet) return;
  const std::vector<std::string> unreleased = pages_in_no_release(site);
  if (unreleased.empty()) return;
  std::cerr << "handboek: " << unreleased.size() << (unreleased.size() == 1 ? " pagina staat" : " pagina's staan")
            << " in de werkmap maar in geen release, en komen niet op de site; publiceer met een nieuwe tag (git tag "
               "vJJJJ.N) of zet `versions: {concept: true}` in site.yaml voor /concept/"
            << (options.verbose ? ":" : " (--verbose noemt ze)") << '\n';
  if (options.verbose) {
    for (const std::string& path : unreleased) std::cerr << "  " << path << '\n';
  }
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

  BuildTools tools;
  LoadedVersions site = load_versions(
      options.site_dir, jobs, timer, diagnostics,
      goal == Goal::kBuild ? prepare_build(options, timer, tools) : ModelsToLoad{},
      goal == Goal::kBuild ? language::SpellingFindings::kClientPagesOnly : language::SpellingFindings::kLocated);
  const bool usable = site.config && site.theme && !diagnostics.has_errors();
  if (!usable && site.config && site.theme) add_diagnostics_of_every_version(site, tools.cache, jobs, diagnostics);
  if (!usable || goal == Goal::kCheck) {
    progress.finish();
    site.finish_language(diagnostics, &timer);
    print_diagnostics(diagnostics, options.format);
    if (goal == Goal::kCheck && options.report == "review" && site.working_tree_model()) {
      if (options.format == DiagnosticFormat::kJson) {
        print_review_report_json(*site.working_tree_model(), today_iso(), std::cout);
      } else {
        print_review_report(*site.working_tree_model(), today_iso(), std::cout);
      }
    }
    if (goal == Goal::kCheck && options.report == "spelling") language::print_spelling_report(site.spelling, std::cout);
  }
  if (usable) report_pages_in_no_release(site, options);
  if (!usable) {
    std::cerr << "handboek: " << printed_error_count(diagnostics) << " fout(en)";
    if (goal == Goal::kBuild)
      std::cerr << "; niets geschreven, " << options.out_dir().string() << " blijft zoals het was";
    std::cerr << '\n';
    return kExitContentErrors;
  }
  if (goal == Goal::kCheck) {
    if (!options.quiet) {
      std::cerr << "handboek: " << site.published_count() << " versie(s), " << site.model(0).pages.size()
                << " pagina's gecontroleerd, geen fouten\n";
    }
    return kExitOk;
  }

  std::string why;
  std::optional<output::StagedSite> staged = output::StagedSite::begin(options.out_dir(), options.site_dir, why);
  WrittenVersions written;
  base::Status status = staged ? write_versions(site, tools.cache, *staged, jobs, timer, diagnostics, written)
                               : base::Status::failure(why);
  progress.finish();
  site.finish_language(diagnostics, &timer);
  print_diagnostics(diagnostics, options.format);
  if (const std::string summary = language::spelling_summary(site.spelling); !summary.empty() && !options.quiet) {
    std::cerr << "handboek: " << summary << '\n';
  }
  if (status.ok() && !written.pdf_jobs.empty() && !tools.pdf.available() && !options.quiet) {
    std::cerr << "handboek: de pdf's van de trainingsmappen staan uit: " << tools.pdf.off_reason << '\n';
  }
  if (status.ok()) {
    const output::WriteResult published = staged->publish(print_and_index(site, written, tools.pdf, tools.search));
    if (!published.ok) status = base::Status::failure(published.error);
  }
  if (!status.ok()) {
    std::cerr << "handboek: error: " << status.message() << '\n';
    return kExitEnvironment;
  }
  timer.start("cache");
  tools.cache.store(site, written.notes, options.out_dir(), tools.cache_warnings);
  if (!options.quiet) {
    for (const std::string& warning : tools.cache_warnings) std::cerr << "handboek: waarschuwing: " << warning << '\n';
  }
  if (options.timings) timer.print(std::cerr);
  if (!options.quiet) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::cerr << "handboek: " << site.published_count() << " versie(s)";
    if (tools.cache.hit_count() > 0) std::cerr << " (" << tools.cache.hit_count() << " uit de buildcache)";
    std::cerr << ", " << site.model(0).pages.size() << " pagina's, " << written.files << " bestanden";
    if (tools.cache.restored_files() > 0) std::cerr << " (en " << tools.cache.restored_files() << " uit de buildcache)";
    std::cerr << " → " << options.out_dir().string() << " ("
              << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)\n";
  }
  return kExitOk;
}

int run_build(const Options& options) {
  if (!options.report.empty()) {
    std::cerr
        << "handboek build: --report hoort bij check\ngebruik: handboek check [SITE_DIR] --report review|spelling\n";
    return kExitUsage;
  }
  return run_pipeline(options, Goal::kBuild);
}

}  // namespace handboek::cli
