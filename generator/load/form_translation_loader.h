// Reads `translations:` of a form file: per language code the form's texts in
// that language, keyed like the form (sections in order, fields by id,
// options by value, columns by id). Reports what does not match the form
// (an unknown field, option or column) and, per language, the texts that
// are missing and so are shown in Dutch. docs/forms.md "Translations".
#pragma once

#include <string_view>

#include "load/form_definition.h"
#include "load/form_read_state.h"

namespace handboek::load {

// Reads root["translations"] into form.translations; needs form.sections.
void load_form_translations(const YAML::Node& root, FormReadState& state, FormDefinition& form);

// The language's own name and direction for a code written in a form
// ("ar" → "العربية", right to left); the code itself for a language not known.
struct LanguageInfo {
  std::string name;
  bool right_to_left = false;
};
LanguageInfo language_info(std::string_view code);

}  // namespace handboek::load
