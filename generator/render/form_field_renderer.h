// The view model of one form field for the theme's `form_field` partial
// (themes/default/README.md lists the keys): ids, names, states and the
// field's Markdown as HTML. The theme writes the markup — a labelled
// control, or a fieldset with a legend for choices, scales, tables and
// signatures — and formulier.js reads and fills the fields through their
// data-veld / data-type attributes.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "load/form_definition.h"
#include "render/template_engine.h"

namespace handboek::render {

struct FieldRenderContext {
  std::string form_key;  // the form's key in element ids (render/form_renderer.h FormKeys)
  // Renders a Markdown text of the form (help, info) to HTML.
  std::function<std::string(const load::InlineMarkdown&)> markdown;
  // The form's translations: every text also gets its `*_texts` object
  // (render/form_texts.h) with the translations beside the Dutch.
  const std::vector<load::FormTranslation>& translations;
};

// Every key the partial reads is set on every field (empty or false when it
// does not apply), so a lookup never falls through to the form's keys.
TemplateData field_view(const FieldRenderContext& context, const load::FormField& field);

}  // namespace handboek::render
