// `check --report lokaal`: for the method group, per organisation (in the
// order of site.yaml) the local agreements to check — those whose step or
// section changed in git after the agreement did (model/local_agreements.h)
// — each with its place in the file, its page and place, and both dates.
#pragma once

#include <ostream>

#include "model/local_agreements.h"
#include "model/site_model.h"

namespace handboek::engine {

void print_local_agreement_report(const model::SiteModel& model, const model::LocalAgreements& agreements,
                                  std::ostream& out);
// The same for --format json: one JSON object per stale agreement and line
// ({"report":"lokaal","organisation":…,"name":…,"path":…,"line":…,"page":…,
// "place":…,"changed":…,"shared_changed":…,"commit":…}; a date is
// YYYY-MM-DD, or null for lines not committed yet), nothing else.
void print_local_agreement_report_json(const model::SiteModel& model, const model::LocalAgreements& agreements,
                                       std::ostream& out);

}  // namespace handboek::engine
