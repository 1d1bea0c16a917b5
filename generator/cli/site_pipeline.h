// The stages every command shares, from site.yaml to a checked SiteModel
// with its theme: Source → Config → Loader → SiteModel (+ templates and
// assets). `build` renders and writes what this returns, `check` only
// reports.
#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <optional>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "cli/options.h"
#include "cli/stage_timer.h"
#include "cli/version_plan.h"
#include "config/site_statements.h"
#include "language/language_check.h"
#include "load/content_loader.h"
#include "model/model_builder.h"
#include "model/site_model.h"
#include "render/theme.h"
#include "source/source.h"

namespace handboek::cli {

using render::Theme;

// One version's content → its model. The version's own site.yaml is used
// when it has one (organisations may differ between versions), else
// `fallback_config`.
model::SiteModel load_model(const source::Source& source, const config::SiteConfig& fallback_config,
                            const model::BuildContext& context, int jobs, base::Diagnostics& diagnostics,
                            load::PageCaches* caches = nullptr);

struct LoadedSite {
  model::SiteModel model;
  Theme theme;
};

// The working tree as one site, without history (what `check` validates).
// nullopt when there is no usable site.yaml or theme.
std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics);

// Success when `site_dir` is a folder handboek can read; else why not (with
// the OS reason), which ends the command with exit status 3.
base::Status check_site_dir(const std::filesystem::path& site_dir);

// Everything `check` validates and `build` renders: the config, the theme,
// which versions there are, and per version its model once loaded
// (parallel to plan.builds). config/theme are nullopt when they are
// unusable (the diagnostics say why); models is then empty.
//
// `check` loads every model at once. `build` loads the working tree, the
// root and the concept at once (their errors decide whether anything is
// written) and every other release only when it renders or compares it, and
// drops it again, so memory does not grow with the number of releases; a
// release from the build cache is not loaded at all unless a neighbour
// compares with it.
struct LoadedVersions {
  std::optional<config::SiteConfig> config;
  config::SiteStatements statements;  // site.yaml's owner, contact, accessibility (working tree)
  std::optional<Theme> theme;
  VersionPlan plan;
  std::vector<std::optional<model::SiteModel>> models;  // per build; nullopt until loaded, or dropped
  // Per build: the diagnostics its model added (after the release policy),
  // and whether it was loaded at all in this run.
  std::vector<std::vector<base::Diagnostic>> found;
  std::vector<bool> was_loaded;
  bool training_pdfs = false;         // copied to every model loaded (its pages link the PDFs)
  language::SpellingReport spelling;  // the working tree's unknown words

  size_t size() const { return plan.builds.size(); }
  const model::VersionInfo& version(size_t build) const { return plan.builds[build].context.version; }
  bool loaded(size_t build) const { return build < models.size() && models[build].has_value(); }
  // REQUIRES: loaded(build).
  const model::SiteModel& model(size_t build) const { return *models[build]; }
  // Loads build `build` unless it is loaded; its diagnostics are merged
  // into `diagnostics` the first time (merge_version_diagnostics).
  void load(size_t build, int jobs, base::Diagnostics& diagnostics, StageTimer* timer = nullptr);
  void drop(size_t build) { models[build].reset(); }

  // `build`'s language check runs beside rendering and writing (it only
  // warns, unless strict_language makes it decide the build, and then it is
  // done before load_versions returns): this waits for it and adds its
  // warnings to `diagnostics` and `spelling`. Nothing when it is done. The
  // time it waits counts for the stage "language" of `timer`.
  void finish_language(base::Diagnostics& diagnostics, StageTimer* timer = nullptr);

  // The build of the working tree (what the editor just changed): the root
  // build outside git or without releases, else the concept build, else
  // the validation-only build of the working tree.
  size_t working_tree_build() const;
  // Its model; null when it is not loaded.
  const model::SiteModel* working_tree_model() const;
  // How many versions go on the site (the validation-only build is not
  // one). The published builds come first in plan.builds.
  size_t published_count() const;

 private:
  friend LoadedVersions load_versions(const std::filesystem::path&, int, StageTimer&, base::Diagnostics&,
                                      const std::function<std::vector<bool>(LoadedVersions&)>&,
                                      language::SpellingFindings);
  struct LanguageFindings {
    base::Diagnostics diagnostics;
    language::SpellingReport spelling;
  };
  load::PageCaches caches_;  // unchanged pages are parsed once for all versions
  std::future<LanguageFindings> language_;
};

// Which builds load_versions loads at once; by default all.
using ModelsToLoad = std::function<std::vector<bool>(LoadedVersions&)>;

// THE shared first half of `check` and `build` (and each rebuild of
// `serve`): Config → History → Loader → SiteModel for every version that
// `to_load` asks for (called once the plan is known), and the language
// checks of the working tree, which is always loaded.
// Diagnostics of an older release are merged as warnings naming the version
// (see merge_version_diagnostics): a tag cannot be changed, so nothing in it
// may block a build.
// `spelling`: which spelling findings are located warnings (`check`: all;
// `build`: client pages only, the rest summed up in LoadedVersions::spelling).
LoadedVersions load_versions(const std::filesystem::path& site_dir, int jobs, StageTimer& timer,
                             base::Diagnostics& diagnostics, const ModelsToLoad& to_load = {},
                             language::SpellingFindings spelling = language::SpellingFindings::kLocated);

// The release policy: `found` (one version's diagnostics) merged into
// `diagnostics`. The working tree and the newest release keep their errors;
// an older release's errors become warnings ending in " (versie NAME)" and
// its warnings are dropped (history cannot be acted on); the concept's keep
// their severity and name it.
void merge_version_diagnostics(const base::Diagnostics& found, const model::VersionInfo& version,
                               base::Diagnostics& diagnostics);

// Prints every diagnostic, one per line, errors and warnings: as text
// (`path:line:col: error: message`) on stderr, or with --format json as one
// JSON object per line on stdout.
void print_diagnostics(const base::Diagnostics& diagnostics, DiagnosticFormat format = DiagnosticFormat::kText);

}  // namespace handboek::cli
