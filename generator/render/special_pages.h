// The pages that are not written by editors: 404.html, sitemap.xml, the
// forms index, each form's page (the fillable form) with its JSON Schema, and
// the search page (zoeken/: every result of a query, see docs/search.md).
#pragma once

#include "base/output_tree.h"
#include "render/page_renderer.h"

namespace handboek::render {

std::string render_not_found(const model::SiteModel& model, const TemplateEngine& templates,
                             const PageRenderer& renderer);
std::string render_sitemap(const model::SiteModel& model);
// <version>/zoeken/ with the theme's `zoeken` template; nothing when the
// theme has none or content has its own page there.
void render_search_page(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                        base::OutputTree& tree);

void render_form_pages(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                       base::OutputTree& tree);

}  // namespace handboek::render
