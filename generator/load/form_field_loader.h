// Reads one field of a form (and a table's columns and a choice's options)
// out of forms/ID.yaml, checking what depends on the field's type: options
// of choices, levels of a scale, columns of a table, the role of a
// signature. Field ids unique in the form are checked here too.
#pragma once

#include <map>
#include <optional>

#include "load/form_definition.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

// What reading one form file needs besides the node at hand.
struct FormReadState {
  yaml::YamlReader& reader;                   // positions and diagnostics
  const std::string& text;                    // the whole file, to place links of Markdown scalars
  std::map<std::string, SourcePos> ids = {};  // field ids seen so far → where first defined
};

// nullopt when the field cannot be used (no or unknown type); every problem
// is reported through the reader.
std::optional<FormField> load_form_field(const YAML::Node& item, FormReadState& state);

// A Markdown text of a form (purpose, intro, help, info) with its outline;
// links and raw HTML carry their position in the file.
InlineMarkdown form_markdown(const YAML::Node& map, const char* key, FormReadState& state, bool required = false);

// `map[key]` as true/false; `fallback` when absent, an error when not a boolean.
bool form_boolean(const YAML::Node& map, const char* key, yaml::YamlReader& reader, bool fallback = false);

// True for ids written with lowercase letters, digits and single '-'.
bool is_form_id(const std::string& id);

}  // namespace handboek::load
