// The competency matrix: the view model of the table on the section page of
// the competency profiles — every step of every process that asks for a
// competency (rows, grouped by process) against every competency profile
// (columns); a cell names the profile's competencies the step asks for and
// links to the step. The theme's `competency_matrix` partial writes the HTML.
#pragma once

#include <optional>
#include <string>

#include "model/site_model.h"
#include "render/template_engine.h"

namespace handboek::render {

// True when `section` is the section of the competency profiles: it lists at
// least one competentieprofiel page.
bool is_competency_section(const model::SiteModel& model, const model::Section& section);

// The matrix as seen from the page at `document_url` (URLs relative to it).
// Nothing when the site has no competency profile or no step asks for a
// competency. Keys: themes/default/README.md, "Competency matrix".
std::optional<TemplateData> competency_matrix_view(const model::SiteModel& model, const std::string& document_url);

}  // namespace handboek::render
