// The pages about versions: /versies/ (every version with its date and how
// many pages were added, changed and removed) and, per release, the page
// "Wat is er veranderd sinds <vorige versie>" at <prefix>wijzigingen/ with
// release notes, page lists and a readable diff per changed page.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "config/site_statements.h"
#include "model/release_changes.h"
#include "output/output_tree.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"
#include "render/version_switcher.h"

namespace handboek::render {

// URL of the change page of a version, and of one page's diff on it.
std::string changes_url(const model::VersionInfo& version);
std::string page_diff_url(const model::VersionInfo& version, const std::string& page_path);

// How one version differs from the one before it.
struct VersionComparison {
  size_t older = 0;  // index of the earlier version in the models
  model::ReleaseChanges changes;
};

// `comparisons[i]` describes models[i] (none for the oldest release).
void render_version_pages(std::span<const model::SiteModel> models,
                          const std::vector<std::optional<VersionComparison>>& comparisons,
                          const TemplateEngine& templates, const AssetMap& assets, const VersionSwitcher& versions,
                          output::OutputTree& tree, const config::SiteStatements& statements = {});

}  // namespace handboek::render
