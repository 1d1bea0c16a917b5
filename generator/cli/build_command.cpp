// `handboek build` and `handboek check`: the engine (engine/site_build.h)
// runs the pipeline; this file turns what it reports into lines on the
// terminal and an exit status.
#include <chrono>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/progress_line.h"
#include "engine/local_agreement_dates.h"
#include "engine/local_agreement_report.h"
#include "engine/review_report.h"
#include "engine/site_build.h"

namespace handboek::cli {

namespace {

// The errors print_diagnostics printed: the same error found twice (a
// page shared by two versions) is one line, so it counts once.
size_t printed_error_count(const base::Diagnostics& diagnostics) {
  size_t count = 0;
  for (const base::Diagnostic& diagnostic : diagnostics.sorted())
    count += diagnostic.severity == base::Severity::kError;
  return count;
}

void report_pages_in_no_release(const engine::SiteBuild& build, const Options& options) {
  if (options.quiet) return;
  const std::vector<std::string> unreleased = build.pages_in_no_release();
  if (unreleased.empty()) return;
  std::cerr << "handboek: " << unreleased.size() << (unreleased.size() == 1 ? " pagina staat" : " pagina's staan")
            << " in de werkmap maar in geen release, en komen niet op de site; publiceer met een nieuwe tag (git tag "
               "vJJJJ.N) of zet `versions: {concept: true}` in site.yaml voor /concept/"
            << (options.verbose ? ":" : " (--verbose noemt ze)") << '\n';
  if (options.verbose) {
    for (const std::string& path : unreleased) std::cerr << "  " << path << '\n';
  }
}

// Prints the engine's notices not printed yet.
void print_notices(const engine::SiteBuild& build, const Options& options, size_t& printed) {
  const std::vector<std::string>& notices = build.notices();
  for (; printed < notices.size(); ++printed) {
    if (!options.quiet) std::cerr << "handboek: " << notices[printed] << '\n';
  }
}

void print_reports(const engine::SiteBuild& build, const Options& options) {
  const model::SiteModel* working_tree = build.site().working_tree_model();
  if (options.report == "review" && working_tree) {
    if (options.format == DiagnosticFormat::kJson) {
      engine::print_review_report_json(*working_tree, engine::today_iso(), std::cout);
    } else {
      engine::print_review_report(*working_tree, engine::today_iso(), std::cout);
    }
  }
  if (options.report == "spelling") language::print_spelling_report(build.site().spelling, std::cout);
  if (options.report == "lokaal" && working_tree) {
    const model::LocalAgreements agreements =
        engine::date_local_agreements(build.site(), build.site().working_tree_slot());
    if (options.format == DiagnosticFormat::kJson) {
      engine::print_local_agreement_report_json(*working_tree, agreements, std::cout);
    } else {
      engine::print_local_agreement_report(*working_tree, agreements, std::cout);
    }
  }
}

}  // namespace

// One site: the regional site, or the edition of `edition` (in OUT, with
// a build cache of its own beside the site's: CACHE-editie-ID, never inside
// it, where it would make the site's folder look like no cache). `organisations`
// gets the ids site.yaml names, for --alle-edities.
int run_site(const Options& options, engine::Goal goal, const std::string& edition,
             const std::filesystem::path& out_dir, std::vector<std::string>* organisations,
             engine::SharedLoading* shared = nullptr) {
  const auto start = std::chrono::steady_clock::now();
  if (const base::Status readable = engine::check_site_dir(options.site_dir); !readable.ok()) {
    std::cerr << "handboek: error: " << readable.message() << '\n';
    return kExitEnvironment;
  }
  ProgressLine progress(!options.quiet && options.format == DiagnosticFormat::kText &&
                        ProgressLine::stderr_is_terminal());
  engine::StageTimer timer;
  timer.show_with([&progress](const std::string& stage) { progress.set_stage(stage); });
  std::optional<std::filesystem::path> cache_dir = options.cache_dir();
  if (cache_dir && !edition.empty()) {
    std::filesystem::path site_cache = *cache_dir;
    if (!site_cache.has_filename()) site_cache = site_cache.parent_path();  // "CACHE/" names the folder CACHE
    cache_dir = site_cache.parent_path() / (site_cache.filename().string() + "-editie-" + edition);
  }
  engine::SiteBuild build({options.site_dir, out_dir, cache_dir, options.job_count(), goal, edition, shared}, timer);
  build.load();
  if (organisations && build.usable()) *organisations = build.site().config().organisation_ids();
  size_t notices = 0;
  print_notices(build, options, notices);
  const bool check = goal == engine::Goal::kCheck;
  if (!build.usable() || check) {
    progress.finish();
    print_diagnostics(build.diagnostics(), options.format);
    if (check) print_reports(build, options);
  }
  if (build.usable()) report_pages_in_no_release(build, options);
  if (!build.usable()) {
    std::cerr << "handboek: " << printed_error_count(build.diagnostics()) << " fout(en)";
    if (!check) std::cerr << "; niets geschreven, " << out_dir.string() << " blijft zoals het was";
    std::cerr << '\n';
    return kExitContentErrors;
  }
  const engine::LoadedVersions& site = build.site();
  if (check) {
    if (!options.quiet) {
      std::cerr << "handboek: " << site.published_count() << " versie(s), " << site.model(0).pages.size()
                << " pagina's gecontroleerd, geen fouten\n";
    }
    return kExitOk;
  }

  const base::Status written = build.write();
  progress.finish();
  print_diagnostics(build.diagnostics(), options.format);
  if (const std::string summary = language::spelling_summary(site.spelling); !summary.empty() && !options.quiet) {
    std::cerr << "handboek: " << summary << '\n';
  }
  print_notices(build, options, notices);
  if (!written.ok()) {
    std::cerr << "handboek: error: " << written.message() << '\n';
    return kExitEnvironment;
  }
  if (options.timings) timer.print(std::cerr);
  if (!options.quiet) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const engine::ReleaseCache& cache = build.cache();
    std::cerr << "handboek: " << site.published_count() << " versie(s)";
    if (cache.hit_count() > 0) std::cerr << " (" << cache.hit_count() << " uit de buildcache)";
    std::cerr << ", " << site.model(0).pages.size() << " pagina's, " << build.written().files << " bestanden";
    if (cache.restored_files() > 0) std::cerr << " (en " << cache.restored_files() << " uit de buildcache)";
    std::cerr << " → " << out_dir.string() << " ("
              << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)\n";
  }
  return kExitOk;
}

int run_pipeline(const Options& options, engine::Goal goal) {
  return run_site(options, goal, options.organisation, options.out_dir(), nullptr);
}

int run_build(const Options& options) {
  if (!options.all_editions) return run_pipeline(options, engine::Goal::kBuild);
  // --alle-edities: the regional site, then each organisation's edition
  // beside it, sharing git's history and the parsed pages; the first that
  // fails stops the run.
  std::vector<std::string> organisations;
  engine::SharedLoading shared;
  if (const int status = run_site(options, engine::Goal::kBuild, "", options.out_dir(), &organisations, &shared);
      status != kExitOk) {
    return status;
  }
  for (const std::string& id : organisations) {
    if (const int status = run_site(options, engine::Goal::kBuild, id, options.edition_out_dir(id), nullptr, &shared);
        status != kExitOk) {
      return status;
    }
  }
  return kExitOk;
}

}  // namespace handboek::cli
