// Renders Markdown of one page to HTML: links rewritten through the page's
// resolved link table (relative to the document being written), heading ids
// from the loader's anchors, ```lokaal blocks through the theme's
// `local_blocks` partial and ```form blocks as the embedded form (or the
// `form_card` partial). Raw HTML is never passed through. Pure and
// thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "model/site_model.h"
#include "render/glossary_linker.h"
#include "render/template_engine.h"

namespace handboek::render {

struct MarkdownContext {
  const model::SiteModel& model;
  const TemplateEngine& templates;  // the theme's partials for blocks
  const model::PageEntry& page;  // whose link table applies
  std::string document_url;      // site-absolute URL of the HTML file being written
  // HTML for a ```form ID block (the form renderer); empty → a link card.
  std::function<std::string(const std::string& form_id)> render_form_block;
  // Links glossary terms in the text (the page's own linker); null: none.
  GlossaryLinker* glossary = nullptr;
};

// The page body: top-level headings get the page's anchors as ids.
std::string render_body(const MarkdownContext& context);

// Markdown from front matter or a block: same rules, headings get no ids.
std::string render_fragment(std::string_view markdown, const MarkdownContext& context);

}  // namespace handboek::render
