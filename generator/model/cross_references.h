// Cross references between pages and forms: the competency index and the
// steps that need each competency (both directions), forms named by steps
// and by ```form blocks, and the glossary. Unknown ids are errors at the
// reference, with a suggestion.
#pragma once

#include "base/diagnostics.h"
#include "model/site_model.h"

namespace handboek::model {

// Fills model.competencies, competency_uses, form_uses, form_embeds and glossary.
// REQUIRES: assign_urls and build_navigation have run.
void resolve_cross_references(SiteModel& model, base::Diagnostics& diagnostics);

}  // namespace handboek::model
