// Renders Markdown of one page to HTML: links rewritten through the page's
// resolved link table (relative to the document being written), heading ids
// from the loader's anchors, ```lokaal blocks through the theme's
// `local_blocks` partial and ```form blocks as the embedded form (or the
// `form_card` partial). Raw HTML is never passed through. Pure and
// thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/site_model.h"
#include "render/body_cache.h"
#include "render/glossary_linker.h"
#include "render/template_engine.h"

namespace handboek::render {

// Reuse of page bodies across the versions of one build
// (render/body_cache.h): the cache, and what every body of this version
// depends on besides its own page (body_version_key).
struct BodyReuse {
  BodyCache& cache;
  std::string version_key;
};

struct MarkdownContext {
  const model::SiteModel& model;
  const TemplateEngine& templates;  // the theme's partials for blocks
  const model::PageEntry& page;     // whose link table applies
  std::string document_url;         // site-absolute URL of the HTML file being written
  // HTML for a ```form ID block (the form renderer); empty → a link card.
  std::function<std::string(const std::string& form_id)> render_form_block;
  // Links glossary terms in the text (the page's own linker); null: none.
  GlossaryLinker* glossary = nullptr;
  // Bodies (render_body) are looked up here first and kept; null: none.
  const BodyReuse* reuse = nullptr;
};

// The page body: top-level headings get the page's anchors as ids. With
// `context.reuse`, a body with the same key (its text and headings, each
// link target as written from this document, the document's URL below the
// version prefix, the glossary linker's state) is taken from the cache;
// the linker's state after the body is then not updated, so the body must
// be the last text linked with it. A body holding a ```form block is never
// kept (the embedded form counts its keys across the document).
std::string render_body(const MarkdownContext& context);

// What every body of a version depends on besides its own page: each
// glossary form with its term's URL below the version prefix, title and
// definition; the organisations (local blocks); the theme. nullopt when a
// term lies outside the prefix: then no body of the version is reused.
std::optional<std::string> body_version_key(const model::SiteModel& model, const GlossaryForms& forms,
                                            const TemplateEngine& templates);

// Markdown from front matter or a block: same rules, headings get no ids.
std::string render_fragment(std::string_view markdown, const MarkdownContext& context);

}  // namespace handboek::render
