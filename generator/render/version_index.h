// The pages about versions: /versies/ (every version with its date and how
// many pages were added, changed and removed), per release the page
// "Wat is er veranderd sinds <vorige versie>" at <prefix>wijzigingen/ with
// release notes, page lists and a readable diff per changed page or form,
// and for the current version one such page per older release at
// /wijzigingen/sinds-<naam>/ (the previous release's is /wijzigingen/).
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

#include "base/output_tree.h"
#include "config/site_statements.h"
#include "model/release_changes.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"

namespace handboek::render {

// URL of the change page of a version.
std::string changes_url(const model::VersionInfo& version);
// URL of the page "what changed in `version` since `older`".
std::string changes_since_url(const model::VersionInfo& version, const model::VersionInfo& older);

// How many pages (and forms) a version added, changed (renamed ones
// included) and removed against the one before it: its row in /versies/.
struct ChangeCounts {
  size_t added = 0;
  size_t changed = 0;
  size_t removed = 0;
};
ChangeCounts count_changes(const model::ReleaseChanges& changes);

// One version in /versies/, newest first, the concept last.
struct VersionRow {
  const model::VersionInfo* version = nullptr;
  std::optional<ChangeCounts> changes;  // none for the oldest release
};

// The release notes (commit subjects) of one release.
struct NoteGroup {
  const model::VersionInfo* version = nullptr;
  const std::vector<std::string>* notes = nullptr;
};

// A page comparing the current version with an older release: the one
// before it at /wijzigingen/, each older one at /wijzigingen/sinds-<naam>/.
struct CompareTarget {
  const model::VersionInfo* older = nullptr;
  std::string url;
};

// The current version's comparisons, from `versions`: the published
// versions in build order (the current one first, the concept last).
std::vector<CompareTarget> compare_targets(std::span<const model::VersionInfo> versions);

// Where a change page goes and what it shows besides the comparison.
struct ChangePageFrame {
  std::string url;
  std::vector<NoteGroup> notes;        // every release the page spans, newest first
  std::vector<CompareTarget> compare;  // on the current version's pages: links to all its comparisons
};

// The readable paragraphs of one version's pages and forms, kept while its
// change pages are rendered: the current version is compared with every
// older release, and each of its changed pages is made into paragraphs once.
// Thread-safe.
class ParagraphCache {
 public:
  const std::vector<std::string>& of(const model::SiteModel& model, const ThemeStrings& strings,
                                     const model::PageRef& ref);

 private:
  std::mutex mutex_;
  std::map<std::pair<bool, size_t>, std::vector<std::string>> paragraphs_;  // by (form, index)
};

// The page "Wat is er veranderd sinds <older>" of `newer`: release notes,
// page lists and a readable word diff per changed page or form (computed
// on `jobs` threads), in `newer`'s layout. `newer_paragraphs`, when given,
// keeps `newer`'s paragraphs for its next change page.
std::string render_change_page(const model::SiteModel& older, const model::SiteModel& newer,
                               const model::ReleaseChanges& changes, const ChangePageFrame& frame,
                               const TemplateEngine& templates, const AssetMap& assets,
                               const config::SiteStatements& statements = {}, int jobs = 1,
                               ParagraphCache* newer_paragraphs = nullptr);

// /versies/ (every version with its date and counts, in `current`'s
// layout) and /versies/versies.json.
void render_versions_index(const model::SiteModel& current, std::span<const VersionRow> rows,
                           const std::vector<CompareTarget>& compare, const TemplateEngine& templates,
                           const AssetMap& assets, base::OutputTree& tree,
                           const config::SiteStatements& statements = {});

// /versies/versies.json: every version newest first, the concept last, as
// {"versions": [{"name", "label", "url", "date", "current", "concept"}]}
// with each url relative to the JSON file.
std::string render_versions_json(std::span<const VersionRow> rows, const ThemeStrings& strings);

}  // namespace handboek::render
