#include "engine/site_build.h"

#include "output/atomic_writer.h"
#include "source/working_tree_source.h"

namespace handboek::engine {

SiteBuild::SiteBuild(BuildRequest request, StageTimer& timer) : request_(std::move(request)), timer_(timer) {}

void SiteBuild::load() {
  const bool build = request_.goal == Goal::kBuild;
  ModelsToLoad to_load;
  if (build) to_load = [this](LoadedVersions& site) { return prepare(site); };
  site_ = load_versions(request_.site_dir, request_.jobs, timer_, diagnostics_, to_load,
                        build ? language::SpellingFindings::kClientPagesOnly : language::SpellingFindings::kLocated,
                        request_.edition, request_.shared);
  if (site_.usable() && diagnostics_.has_errors()) add_diagnostics_of_every_version();
  if (!usable() || !build) finish_language();
}

void SiteBuild::finish_language() {
  site_.finish_language(diagnostics_, &timer_);
  for (; site_notices_taken_ < site_.notices.size(); ++site_notices_taken_) {
    notices_.push_back(site_.notices[site_notices_taken_]);
  }
}

// The tools and the cache, found once the versions are known and before
// any model is loaded: which releases come from the cache decides which
// models are needed. Then the models `build` loads before writing anything:
// the root and the concept, whose errors block the build (the working tree
// is always loaded). Older releases are loaded while they are written.
std::vector<bool> SiteBuild::prepare(LoadedVersions& site) {
  pdf_ = output::find_pdf_tool();
  search_ = output::find_search_tool();
  if (!search_.available()) notices_.push_back("zoeken staat uit: " + search_.off_reason);
  site.training_pdfs = pdf_.available();  // pages link the PDF
  if (request_.cache_dir) {
    timer_.start("cache");
    // `site` is being loaded (site_ is assigned when load_versions returns):
    // the cache inputs read it, not site_.
    CacheInputs inputs;
    inputs.generator = generator_fingerprint();
    inputs.theme = theme_fingerprint(source::WorkingTreeSource(request_.site_dir), site.config().theme);
    inputs.config = site.inputs.site_file.bytes + site.inputs.tokens_css;
    if (!request_.edition.empty()) inputs.config += "\nedition " + request_.edition;  // an edition renders differently
    inputs.tools = "pdf " + pdf_.interpreter.string() + "\nsearch " + search_.executable.string() + "\n";
    std::vector<std::string> warnings;
    cache_ = ReleaseCache(*request_.cache_dir, inputs, site, warnings);
    for (const std::string& warning : warnings) notices_.push_back("waarschuwing: " + warning);
  }
  std::vector<bool> wanted(site.size(), false);
  for (size_t i = 0; i < site.size(); ++i) wanted[i] = i == 0 || site.version(i).is_concept;
  return wanted;
}

void SiteBuild::add_diagnostics_of_every_version() {
  for (size_t i = 0; i < site_.size(); ++i) {
    const VersionSlot& slot = site_.slot(i);
    if (slot.was_loaded) continue;
    if (slot.cache.hit) {
      add_cached_diagnostics(slot, diagnostics_);
    } else {
      site_.load(i, request_.jobs, diagnostics_);
      site_.drop(i);
    }
  }
}

std::vector<std::string> SiteBuild::pages_in_no_release() const {
  std::vector<std::string> unreleased;
  const size_t working = site_.working_tree_slot();
  const model::SiteModel* model = site_.working_tree_model();
  if (!site_.plan.repository || !model || site_.slot(working).published) return unreleased;
  for (const model::PageEntry& entry : model->pages) {
    if (entry.page.is_generated) continue;
    bool released = false;
    for (const VersionSlot& slot : site_.plan.slots) {
      if (slot.is_release() && slot.source->read_file(entry.page.path)) {
        released = true;
        break;
      }
    }
    if (!released) unreleased.push_back(entry.page.path.str());
  }
  return unreleased;
}

base::Status SiteBuild::write() {
  base::StatusOr<output::StagedSite> staged = output::StagedSite::begin(request_.out_dir, request_.site_dir);
  if (!staged.ok()) return staged.status();
  const base::Status written = write_versions(site_, cache_, *staged, request_.jobs, timer_, diagnostics_, written_);
  finish_language();
  if (!written.ok()) return written;
  if (!written_.pdf_jobs.empty() && !pdf_.available()) {
    notices_.push_back("de pdf's van de trainingsmappen staan uit: " + pdf_.off_reason);
  }
  // The PDFs and the search index are made in the written folder, before
  // it replaces OUT.
  // Unchanged releases are taken over from the previous site last, so it
  // stays whole until the new one replaces it (and gets them back if not).
  const base::Status published = staged->publish(
      [this](const std::filesystem::path& folder) {
        if (pdf_.available()) {
          if (base::Status printed = output::print_pdfs(pdf_, folder, site_.config().base_url, written_.pdf_jobs);
              !printed.ok()) {
            return printed;
          }
        }
        if (search_.available()) {
          if (base::Status indexed = output::build_search_index(search_, folder, written_.rendered); !indexed.ok()) {
            return indexed;
          }
        }
        return cache_.take_over(site_, folder);
      },
      [this](const std::filesystem::path&) { cache_.give_back(); });
  if (!published.ok()) return published;
  timer_.start("cache");
  std::vector<std::string> warnings;
  cache_.store(site_, request_.out_dir, warnings);
  for (const std::string& warning : warnings) notices_.push_back("waarschuwing: " + warning);
  return {};
}

}  // namespace handboek::engine
