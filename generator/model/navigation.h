// Navigation: builds the section tree from the folders that have a section
// page (their own or a generated one), orders pages by weight then title, and fills breadcrumbs,
// previous/next within a section, and the top menu.
#pragma once

#include "model/site_model.h"

namespace handboek::model {

// REQUIRES: add_generated_section_pages and assign_urls have run (every
// folder with pages has its section page; breadcrumbs carry URLs).
void build_navigation(SiteModel& model);

}  // namespace handboek::model
