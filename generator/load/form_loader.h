// Turns one forms/ID.yaml file into a FormDefinition, reporting every
// problem as a diagnostic at its line and column in the file: invalid YAML,
// unknown field types, duplicate field ids, choices without options (errors)
// and unknown keys (warnings). Links and form references are the model's.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "load/form_definition.h"

namespace handboek::load {

// nullopt only when nothing usable is left (not UTF-8, a bad file name,
// invalid YAML, not a mapping); otherwise the form as far as it is valid.
std::optional<FormDefinition> load_form(const base::SitePath& path, const std::string& bytes,
                                        base::Diagnostics& diagnostics);

}  // namespace handboek::load
