// A training map as one document (docs/training.md): a cover (title,
// audience, duration, handbook version and release date), the contents,
// the trainer's notes, every listed page in order as it appears on its own
// page, and each listed form blank with its signature blocks. The same HTML
// is the page at /trainingen/<slug>/ and the source of <slug>.pdf, which the
// output stage prints with weasyprint.
#pragma once

#include <functional>
#include <string>

#include "model/site_model.h"
#include "render/template_engine.h"

namespace handboek::render {

// The `trainingsmap` template's output for the map page `map_index`.
// REQUIRES: the page is a trainingsmap.
std::string render_training_map(const model::SiteModel& model, const TemplateEngine& templates, size_t map_index);

// File name of a map's PDF, beside its index.html: "<slug>.pdf".
std::string training_pdf_name(const model::PageEntry& map);

}  // namespace handboek::render
