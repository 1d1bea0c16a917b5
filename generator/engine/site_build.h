// SiteBuild: THE engine of `handboek check` and `handboek build`, in the
// order data flows: Source → Config → (History) → Loader → SiteModel →
// Renderer → Writer. `check` is the same run stopped before the renderer,
// so both validate exactly the same things. The commands (cli/) only turn
// what it reports into lines and exit codes; `serve` uses its first half
// (engine/loaded_versions.h) for the preview.
//
//   SiteBuild build(request, timer);
//   build.load();                      // every check; diagnostics() has them all
//   if (build.usable()) build.write(); // render, write, print, index, publish, cache
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "engine/loaded_versions.h"
#include "engine/release_cache.h"
#include "engine/stage_timer.h"
#include "engine/version_writer.h"
#include "output/pdf_printer.h"
#include "output/search_indexer.h"

namespace handboek::engine {

// How far the run goes: `check` stops after the models (every version
// validated, nothing written), `build` renders and writes.
enum class Goal { kCheck, kBuild };

struct BuildRequest {
  std::filesystem::path site_dir;
  std::filesystem::path out_dir;                   // where `build` publishes the site
  std::optional<std::filesystem::path> cache_dir;  // the build cache; nullopt: none
  int jobs = 1;
  Goal goal = Goal::kBuild;
  std::string edition;  // an organisation id: its edition (docs/content.md "Edities"); "": the regional site
  // What the builds of one run share (`build --alle-edities`); null: none.
  SharedLoading* shared = nullptr;
};

class SiteBuild {
 public:
  SiteBuild(BuildRequest request, StageTimer& timer);

  // Loads and checks every version the goal needs (a build: the root, the
  // concept and the working tree; older releases while they are written).
  // A build that stops on an error still reports what `check` reports: the
  // warnings of every release, from the cache's notes or by loading it.
  void load();
  // The site can be written: site.yaml and the theme load, and no error.
  bool usable() const { return site_.usable() && !diagnostics_.has_errors(); }

  // Renders (or restores from the cache) every published version into a
  // temporary folder, prints the PDFs, indexes for search, and replaces
  // OUT with it; then stores the rendered releases in the cache. A failure
  // is an I/O problem; OUT stays as it was. REQUIRES: usable().
  base::Status write();

  const base::Diagnostics& diagnostics() const { return diagnostics_; }
  const LoadedVersions& site() const { return site_; }
  const WrittenVersions& written() const { return written_; }
  const ReleaseCache& cache() const { return cache_; }
  // Things the editor should know that are not about the content: a tool
  // that is off, a build cache that cannot be used. In the order found.
  const std::vector<std::string>& notices() const { return notices_; }

  // The pages of the working tree that are in no release, when releases
  // are built and the working tree is not published as the concept: a
  // build leaves them out.
  std::vector<std::string> pages_in_no_release() const;

 private:
  std::vector<bool> prepare(LoadedVersions& site);
  void add_diagnostics_of_every_version();
  // Waits for the language check that runs beside the writer; takes its
  // warnings and notices.
  void finish_language();

  BuildRequest request_;
  StageTimer& timer_;
  base::Diagnostics diagnostics_;
  LoadedVersions site_;
  output::PdfTool pdf_;
  output::SearchTool search_;
  ReleaseCache cache_;
  WrittenVersions written_;
  std::vector<std::string> notices_;
  size_t site_notices_taken_ = 0;  // of site_.notices, already in notices_
};

}  // namespace handboek::engine
