// Attaches what git knows to each page: its changes in this version (newest
// first, across renames) with Dutch dates, and whether the work tree holds
// uncommitted changes to it (concept builds). The glossary page's history
// merges its terms' histories (each entry names the terms it changed).
#pragma once

#include "model/model_builder.h"

namespace handboek::model {

// REQUIRES: assign_urls has run. Without history in `context` it only
// records that none is available.
void attach_history(SiteModel& model, const BuildContext& context);

// `pattern` with every "{commit}" replaced by `commit_id`; "" for no pattern.
std::string commit_url(const std::string& pattern, const std::string& commit_id);

}  // namespace handboek::model
