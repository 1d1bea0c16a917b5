// Reads one field of a form (and a table's columns and a choice's options)
// out of forms/ID.yaml, checking what depends on the field's type: options
// of choices, levels of a scale, columns of a table, the role of a
// signature. Field ids unique in the form are checked here too.
#pragma once

#include <optional>

#include "load/form_definition.h"
#include "load/form_read_state.h"

namespace handboek::load {

// nullopt when the field cannot be used (no or unknown type); every problem
// is reported through the reader.
std::optional<FormField> load_form_field(const YAML::Node& item, FormReadState& state);

}  // namespace handboek::load
