// The page "Wat verandert er voor <organisatie>" of a release in an
// organisation's edition (issue 30, docs/content.md "Edities"), at
// <prefix>wijzigingen/voor-ons/ with a PDF of it beside it for the team
// meeting: the release notes, the organisation's own local blocks that
// changed (was and now), the pages that changed in reading order and the
// forms with their field changes (model/release_briefing.h), in the theme's
// `wat-verandert` template. The regional site has none: its change page
// already shows every organisation's text. Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_statements.h"
#include "model/release_changes.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"

namespace handboek::render {

// The theme's template of the page; a theme without it has no briefings.
inline constexpr const char* kBriefingTemplate = "wat-verandert";

// Whether `version` of a site built with `config` has a briefing: an
// edition's release compared with the one before it, and a theme that has
// the template. A release whose site.yaml does not know the organisation yet
// has one too (the list of versions, made with today's site.yaml, links it).
bool has_release_briefing(const config::SiteConfig& config, const model::VersionInfo& version,
                          const TemplateEngine& templates);

// The name of the edition's organisation; its id when `config` (an older
// release's site.yaml) does not know it.
const std::string& edition_name(const config::SiteConfig& config);

// The Markdown of every local block of `organisation_id` on `page` (its
// body and the Markdown of its front matter), in document order.
std::vector<std::string> local_block_texts(const load::Page& page, const std::string& organisation_id);

struct BriefingDocument {
  std::string html_path;  // in the output tree: "wijzigingen/voor-ons/index.html"
  std::string html;
  std::string pdf_path;  // beside it; printed when the build prints PDFs (newer.training_pdfs)
};

// The briefing of `newer` against `older` (the release before it) from
// their `changes`. REQUIRES: has_release_briefing(newer.config, newer.version, templates).
BriefingDocument render_release_briefing(const model::SiteModel& older, const model::SiteModel& newer,
                                         const model::ReleaseChanges& changes, const TemplateEngine& templates,
                                         const AssetMap& assets, const config::SiteStatements& statements = {});

}  // namespace handboek::render
