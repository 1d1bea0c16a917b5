// A training map as one document (docs/training.md): a cover (title,
// audience, duration, handbook version and release date), the contents,
// the trainer's notes, every listed page in order as it appears on its own
// page, and each listed form blank with its signature blocks. The same HTML
// is the page at /trainingen/<slug>/ and the source of <slug>.pdf, which the
// output stage prints with weasyprint. A section's print ("Print deze
// sectie", <section>/afdrukken/) is the same document for the section's
// pages and the forms their steps name.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/output_tree.h"
#include "model/site_model.h"
#include "render/template_engine.h"

namespace handboek::render {

class PageRenderer;

struct BodyReuse;

// The `trainingsmap` template's output for the map page `map_index`.
// `reuse`: the bodies of its chapters come from there when they can
// (render_body). REQUIRES: the page is a trainingsmap.
std::string render_training_map(const model::SiteModel& model, const TemplateEngine& templates, size_t map_index,
                                const BodyReuse* reuse = nullptr);

// One line of a printed bundle's "Op deze pagina" list (the layout's toc).
struct BundleContentsEntry {
  std::string text;
  std::string anchor;
  int level = 2;
};

// "Op deze pagina" of the map page `map_index`: its contents, the trainer's
// notes with their sections, then every chapter and form in order.
std::vector<BundleContentsEntry> training_map_contents(const model::SiteModel& model, const ThemeStrings& strings,
                                                       size_t map_index);

// File name of a map's PDF, beside its index.html: "<slug>.pdf".
std::string training_pdf_name(const model::PageEntry& map);

// The URL of the print of the section whose page is `section_page`
// ("/processen/afdrukken/"), or "" when it has none: only pages of the
// `sectie` template with pages to print, and never over a page's URL.
std::string section_print_url(const model::SiteModel& model, size_t section_page);

// Whether this version's section prints come with a PDF (site.yaml
// `section_pdfs: true`, the current version, weasyprint found).
bool section_print_has_pdf(const model::SiteModel& model);

// Every section print of the version, as a document in `tree`, rendered on
// `jobs` threads (with the renderer's body reuse).
void render_section_prints(const model::SiteModel& model, const TemplateEngine& templates, const PageRenderer& renderer,
                           base::OutputTree& tree, int jobs = 1);

// One printable document of a version and the PDF printed from it (paths
// in the output tree): every training map and every section print.
struct PrintDocument {
  std::string html_path;
  std::string pdf_path;
};
std::vector<PrintDocument> print_documents(const model::SiteModel& model);

}  // namespace handboek::render
