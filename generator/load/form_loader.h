// Turns one forms/ID.yaml file into a FormDefinition, reporting every
// problem as a diagnostic at its line in the file.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "load/form_definition.h"

namespace handboek::load {

std::optional<FormDefinition> load_form(const base::SitePath& path, const std::string& bytes,
                                        base::Diagnostics& diagnostics);

}  // namespace handboek::load
