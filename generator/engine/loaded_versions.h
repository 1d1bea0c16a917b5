// The first half of the engine, shared by `check`, `build` and every
// rebuild of `serve`: Source → Config → (History) → Loader → SiteModel,
// with the theme, for every version the plan names, and the language checks
// of the working tree. engine/site_build.h runs the second half.
#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "config/config_loader.h"
#include "engine/stage_timer.h"
#include "engine/version_plan.h"
#include "language/language_check.h"
#include "load/content_loader.h"
#include "model/model_builder.h"
#include "model/site_model.h"
#include "render/theme.h"
#include "source/source.h"

namespace handboek::engine {

// What every version of a build takes from the working tree, read once:
// site.yaml (its config, its statements and its bytes) and the theme.
struct SiteInputs {
  config::SiteFile site_file;
  std::optional<render::Theme> theme;
  // The published design tokens of config().tokens (an asset of the theme
  // by now); "" without.
  std::string tokens_css;

  bool usable() const { return site_file.config && theme; }
  // REQUIRES: usable().
  const config::SiteConfig& config() const { return *site_file.config; }
};

SiteInputs load_site_inputs(const source::Source& working_tree, base::Diagnostics& diagnostics);

// Reads config().tokens from `working_tree`, keeps what may be published
// (load/design_tokens.h) and adds it to the theme's assets; a file that
// is not there is an error of site.yaml. REQUIRES: inputs.usable().
void add_design_tokens(const source::Source& working_tree, SiteInputs& inputs, base::Diagnostics& diagnostics);

// One version's content → its model, with `config`. `cache` (may be null)
// keeps parsed pages for the next load with the same site.yaml.
model::SiteModel load_model(const source::Source& source, const config::SiteConfig& config,
                            const model::BuildContext& context, int jobs, base::Diagnostics& diagnostics,
                            load::PageCache* cache = nullptr);

struct LoadedSite {
  model::SiteModel model;
  render::Theme theme;
};

// The working tree in `source` as one site, without history or language
// checks; nullopt when there is no usable site.yaml or theme.
std::optional<LoadedSite> load_site(const source::Source& source, int jobs, base::Diagnostics& diagnostics);

// Success when `site_dir` is a folder handboek can read; else why not (with
// the OS reason).
base::Status check_site_dir(const std::filesystem::path& site_dir);

struct SharedLoading;  // below

// Every version of the site as VersionSlots (engine/version_slot.h), with
// the inputs they share. `inputs` unusable: the plan is empty (the
// diagnostics say why).
//
// `check` loads every model at once. `build` loads the working tree, the
// root and the concept at once (their errors decide whether anything is
// written) and every other release only when it renders or compares it, and
// drops it again, so memory does not grow with the number of releases; a
// release from the build cache is not loaded at all unless a neighbour
// compares with it.
struct LoadedVersions {
  std::filesystem::path site_dir;
  // The organisation whose edition this is ("": the regional site): every
  // version's site.yaml is made its edition's (config::apply_edition).
  std::string edition;
  SiteInputs inputs;
  VersionPlan plan;
  bool training_pdfs = false;         // copied to every model loaded (its pages link the PDFs)
  language::SpellingReport spelling;  // the working tree's unknown words (complete after finish_language)
  std::vector<std::string> notices;   // not about the content: a language check that is off

  bool usable() const { return inputs.usable(); }
  const config::SiteConfig& config() const { return inputs.config(); }
  const config::SiteStatements& statements() const { return inputs.site_file.statements; }
  const render::Theme& theme() const { return *inputs.theme; }

  size_t size() const { return plan.slots.size(); }
  VersionSlot& slot(size_t i) { return plan.slots[i]; }
  const VersionSlot& slot(size_t i) const { return plan.slots[i]; }
  const model::VersionInfo& version(size_t i) const { return plan.slots[i].version(); }
  bool loaded(size_t i) const { return i < size() && plan.slots[i].model.has_value(); }
  // REQUIRES: loaded(i).
  const model::SiteModel& model(size_t i) const { return *plan.slots[i].model; }
  // Loads slot `i` unless it is loaded; its diagnostics are merged into
  // `diagnostics` the first time (merge_version_diagnostics).
  void load(size_t i, int jobs, base::Diagnostics& diagnostics, StageTimer* timer = nullptr);
  void drop(size_t i) { plan.slots[i].model.reset(); }

  // `build`'s language check runs beside rendering and writing (it only
  // warns, unless strict_language makes it decide the build, and then it is
  // done before load_versions returns): this waits for it and adds its
  // warnings to `diagnostics` and `spelling`, and why a check is off to
  // `notices`. Nothing when it is done. The time it waits counts for the
  // stage "language" of `timer`.
  void finish_language(base::Diagnostics& diagnostics, StageTimer* timer = nullptr);

  // The slot of the working tree (what the editor just changed): the root
  // outside git or without releases, else the concept, else the
  // unpublished slot, or the root release when the working tree is exactly
  // that release.
  size_t working_tree_slot() const;
  // Its model; null when it is not loaded.
  const model::SiteModel* working_tree_model() const;
  // How many versions go on the site (the unpublished slot is not one).
  size_t published_count() const;

 private:
  friend LoadedVersions load_versions(const std::filesystem::path&, int, StageTimer&, base::Diagnostics&,
                                      const std::function<std::vector<bool>(LoadedVersions&)>&,
                                      language::SpellingFindings, const std::string&, SharedLoading*);
  struct LanguageFindings {
    base::Diagnostics diagnostics;
    language::SpellingReport spelling;
    std::vector<std::string> off;
  };
  // Parsed pages per site.yaml (by its hash): unchanged pages are parsed
  // once for all versions (and all editions of a run).
  std::shared_ptr<load::PageCaches> caches_ = std::make_shared<load::PageCaches>();
  std::future<LanguageFindings> language_;
};

// What the builds of one run share (`build --alle-edities`: the regional
// site, then each edition, from one repository): git's history, read once,
// and the parsed pages (the loader does not depend on the edition: an
// edition's pages parse as the regional site's do).
struct SharedLoading {
  SharedHistory git;
  std::shared_ptr<load::PageCaches> pages = std::make_shared<load::PageCaches>();
};

// Which slots load_versions loads at once (called once the plan is known);
// by default all.
using ModelsToLoad = std::function<std::vector<bool>(LoadedVersions&)>;

// Loads the inputs, plans the versions, loads the models `to_load` asks for
// (the working tree always) and runs the language checks of the working
// tree. Diagnostics of an older release are merged as warnings naming the
// version (see merge_version_diagnostics): a tag cannot be changed, so
// nothing in it may block a build.
// `spelling`: which spelling findings are located warnings (`check`: all;
// `build`: client pages only, the rest summed up in LoadedVersions::spelling).
// `edition`: an organisation id for its edition (an id site.yaml does not
// name is an error), "" for the regional site. `shared`: what an earlier
// build of the same run loaded, to use and add to (null: nothing shared).
LoadedVersions load_versions(const std::filesystem::path& site_dir, int jobs, StageTimer& timer,
                             base::Diagnostics& diagnostics, const ModelsToLoad& to_load = {},
                             language::SpellingFindings spelling = language::SpellingFindings::kLocated,
                             const std::string& edition = "", SharedLoading* shared = nullptr);

// The release policy: `found` (one version's diagnostics) merged into
// `diagnostics`. The working tree and the newest release keep their errors;
// an older release's errors become warnings ending in " (versie NAME)" and
// its warnings are dropped (history cannot be acted on); the concept's keep
// their severity and name it.
void merge_version_diagnostics(const base::Diagnostics& found, const model::VersionInfo& version,
                               base::Diagnostics& diagnostics);

}  // namespace handboek::engine
