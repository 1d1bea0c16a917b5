// The pages about versions: /versies/ (every version with its date and how
// many pages were added, changed and removed), per release the page
// "Wat is er veranderd sinds <vorige versie>" at <prefix>wijzigingen/ with
// release notes, page lists and a readable diff per changed page or form,
// and for the current version one such page per older release at
// /wijzigingen/sinds-<naam>/ (the previous release's is /wijzigingen/).
#pragma once

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

// How one version differs from an earlier one.
struct VersionComparison {
  size_t older = 0;  // index of the earlier version in the models
  model::ReleaseChanges changes;
};

// `comparisons[i]` describes models[i] against the version before it (none
// for the oldest release). `since_current` compares models[0], the current
// version, with each release older than the one before it, oldest last;
// their release notes come from `comparisons`, grouped by release. The
// change pages of a version with `cached[i]` are not rendered: its files
// come from the build cache (cli/release_cache.h). The change pages are
// rendered on `jobs` threads.
void render_version_pages(std::span<const model::SiteModel> models,
                          const std::vector<std::optional<VersionComparison>>& comparisons,
                          const std::vector<VersionComparison>& since_current, const TemplateEngine& templates,
                          const AssetMap& assets, base::OutputTree& tree, const config::SiteStatements& statements = {},
                          const std::vector<bool>& cached = {}, int jobs = 1);

// /versies/versies.json: every version newest first, the concept last, as
// {"versions": [{"name", "label", "url", "date", "current", "concept"}]}
// with each url relative to the JSON file.
std::string render_versions_json(std::span<const model::SiteModel> models);

}  // namespace handboek::render
