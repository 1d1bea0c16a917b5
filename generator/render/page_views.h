// Page views: the template data of each page type (proces steps,
// competencies with "Nodig bij", interview themes, glossary letters,
// section listings). One function per type; the layout around them is
// page_renderer's. All URLs in the data are relative to the page.
#pragma once

#include "render/markdown_renderer.h"
#include "render/template_engine.h"

namespace handboek::render {

// The type template to use for a page, and the data for it.
struct PageView {
  std::string template_name;
  TemplateData data;
};

// REQUIRES: the page has an output_path (glossary terms have none).
PageView build_page_view(const MarkdownContext& context);

// Label of a page type for lists ("Proces", "Begrip", ...): the theme's type_* strings.
const std::string& page_type_label(const ThemeStrings& strings, load::PageType type);

// "Laatst gewijzigd <date> door <author>": `date`, `iso_date`, `author` of
// a change (a page's newest, or a glossary term's on its entry).
TemplateData last_change_data(const model::PageChange& change);

}  // namespace handboek::render
