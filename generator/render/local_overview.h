// /lokaal/ "Waar de praktijk verschilt": per process and step (then the
// casussen and other pages, per section) which organisations have a local
// agreement, side by side, each marked "controleren" when the shared text
// of its place changed after it (model/local_agreements.h), with both dates
// and a link to the change. Through the theme's `lokaal` template; only in
// a version whose model has local_agreements (the regional site's newest).
#pragma once

#include "base/output_tree.h"
#include "render/page_renderer.h"

namespace handboek::render {

void render_local_overview(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                           base::OutputTree& tree);

}  // namespace handboek::render
