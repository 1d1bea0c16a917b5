// Link resolution: every link written in a page (body, lokaal blocks and
// Markdown in front matter) or in a form's Markdown (relative to forms/) →
// a site-absolute URL. Relative links to .md files become the page's URL,
// "#anchor" parts are checked against the target's anchors, links to
// forms/ID.yaml become the form's page, other files of content/ keep their
// place. A broken link is reported at the link (an error, or a warning when
// `broken_link_severity` says so) and left out of link_targets: the
// renderer shows a link without a target as its text marked broken.
#pragma once

#include "base/diagnostics.h"
#include "model/site_model.h"

namespace handboek::model {

// Fills anchors and link_targets of every page, and form_link_targets.
// REQUIRES: assign_urls and resolve_cross_references have run.
void resolve_links(SiteModel& model, base::Diagnostics& diagnostics,
                   base::Severity broken_link_severity = base::Severity::kError);

}  // namespace handboek::model
