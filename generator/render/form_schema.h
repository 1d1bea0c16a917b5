// The JSON Schema (draft 2020-12) of the answers file a form saves
// ("Opslaan als bestand"), published as /formulieren/ID.schema.json so a
// case-management system can check and take in saved answers. It describes
// a complete form: required fields must be filled in.
#pragma once

#include <string>

#include "load/form_definition.h"
#include "render/theme_strings.h"

namespace handboek::render {

struct SchemaPlace {
  std::string id;                // the schema's absolute URL, its `$id`
  std::string handbook_version;  // the version of the handbook being built
};

// The schema as JSON text.
// Its description and a signature's part titles are the theme's strings.
std::string form_schema_json(const load::FormDefinition& form, const ThemeStrings& strings, const SchemaPlace& place);

}  // namespace handboek::render
