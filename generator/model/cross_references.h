// Cross references between pages and forms: the competency index and the
// steps that need each competency (both directions), forms named by steps
// and by ```form blocks, the glossary, and the process each casus walks
// through (and its steps). Unknown ids are errors at the
// reference, with a suggestion.
#pragma once

#include "base/diagnostics.h"
#include "model/site_model.h"

namespace handboek::model {

// Fills model.competencies, competency_uses, form_uses, form_embeds, glossary,
// casus_process, process_casussen and training_pages.
// REQUIRES: assign_urls and build_navigation have run.
void resolve_cross_references(SiteModel& model, base::Diagnostics& diagnostics);

}  // namespace handboek::model
