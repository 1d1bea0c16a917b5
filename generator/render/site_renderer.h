// SiteRenderer: the whole model → an OutputTree: every page (in parallel),
// the glossary, the forms pages, 404.html, sitemap.xml, the theme's hashed
// assets and the static files of content/. Pure: no I/O.
#pragma once

#include "model/site_model.h"
#include "output/output_tree.h"
#include "render/asset_hasher.h"
#include "render/template_engine.h"

namespace handboek::render {

output::OutputTree render_site(const model::SiteModel& model, const TemplateEngine& templates, const AssetMap& assets,
                               int jobs);

}  // namespace handboek::render
