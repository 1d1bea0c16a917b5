// Navigation: builds the section tree from the folders that hold an
// _index.md, orders pages by weight then title, and fills breadcrumbs,
// previous/next within a section, and the top menu.
#pragma once

#include "base/diagnostics.h"
#include "model/site_model.h"

namespace handboek::model {

// REQUIRES: assign_urls has run (breadcrumbs carry URLs).
void build_navigation(SiteModel& model, base::Diagnostics& diagnostics);

}  // namespace handboek::model
