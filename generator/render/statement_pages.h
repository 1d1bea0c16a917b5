// The three pages every public handbook needs and no editor writes: the
// colofon (who owns it, how to reach them), the privacy statement (what the
// site stores: only the organisation choice; forms never leave the browser)
// and the toegankelijkheidsverklaring. Built from site.yaml (`owner`,
// `contact`, `accessibility`) with the theme's `verklaring` template, in every
// version; linked from the footer. A theme without that template, or content
// that has its own page at the same URL, gets none of them.
#pragma once

#include <string>
#include <vector>

#include "base/output_tree.h"
#include "config/site_statements.h"
#include "model/site_model.h"
#include "render/template_engine.h"

namespace handboek::render {

class PageRenderer;

struct StatementPage {
  std::string slug;   // "colofon": the page is at <version>/colofon/
  std::string title;  // "Colofon"
};

// The statement pages this version gets, in footer order.
std::vector<StatementPage> statement_pages(const model::SiteModel& model, const TemplateEngine& templates);

// Who owns the handbook: site.yaml `owner`, else the organisations together
// ("BUCH, Halte Werk en WNK"), else the site title.
std::string handbook_owner(const config::SiteConfig& config, const config::SiteStatements& statements,
                           const ThemeStrings& strings);

// This version's search page (`zoeken/`, the theme's `zoeken` template), or ""
// when the theme has no such template or content has its own page there.
std::string search_page_url(const model::SiteModel& model, const TemplateEngine& templates);

void render_statement_pages(const model::SiteModel& model, const config::SiteStatements& statements,
                            const TemplateEngine& templates, const PageRenderer& renderer, base::OutputTree& tree);

}  // namespace handboek::render
