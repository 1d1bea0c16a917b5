// FormReadState: what reading one forms/ID.yaml needs besides the node at
// hand (the YamlReader, the file's text, the field ids seen so far), and the
// small readers every part of a form shares: Markdown texts placed at their
// file position, booleans, ids.
#pragma once

#include <map>
#include <string>

#include "load/page.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

struct FormReadState {
  yaml::YamlReader& reader;                   // positions and diagnostics
  const std::string& text;                    // the whole file, to place links of Markdown scalars
  std::map<std::string, SourcePos> ids = {};  // field ids seen so far → where first defined
};

// A Markdown text of a form (purpose, intro, help, info) with its outline;
// links and raw HTML carry their position in the file.
InlineMarkdown form_markdown(const YAML::Node& map, const char* key, FormReadState& state, bool required = false);

// `map[key]` as true/false; `fallback` when absent, an error when not a boolean.
bool form_boolean(const YAML::Node& map, const char* key, yaml::YamlReader& reader, bool fallback = false);

// True for ids written with lowercase letters, digits and single '-'.
bool is_form_id(const std::string& id);

}  // namespace handboek::load
