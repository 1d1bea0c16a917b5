// The HTML of one form field, per type: a labelled control (or a fieldset
// with a legend for groups: choices, scales, tables, signatures), its help
// tied to it with aria-describedby, "(verplicht)" and `required`, and the
// special-category marker. formulier.js reads and fills the fields through
// their data-veld / data-type attributes; formulier.css prints them.
#pragma once

#include <functional>
#include <string>

#include "load/form_definition.h"

namespace handboek::render {

struct FieldRenderContext {
  std::string form_id;
  // Renders a Markdown text of the form (help, info) to HTML.
  std::function<std::string(const load::InlineMarkdown&)> markdown;
};

// Element id of a field's control (or group): "f-<form>-<field>".
std::string field_element_id(const std::string& form_id, const std::string& field_id);

std::string render_field_html(const FieldRenderContext& context, const load::FormField& field);

}  // namespace handboek::render
