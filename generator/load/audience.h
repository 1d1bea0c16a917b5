// `doelgroep:` of a page or a form: who reads it. "klant" (clients) holds
// the text to B1 in the language checks; "professional" is the default.
#pragma once

#include <string>

#include "yaml/yaml_reader.h"

namespace handboek::load {

inline constexpr std::string_view kClientAudience = "klant";

// The value of `doelgroep` in `map`: "klant", "professional", or "" when
// absent; anything else is an error (and "").
std::string read_audience(const YAML::Node& map, yaml::YamlReader& reader);

}  // namespace handboek::load
