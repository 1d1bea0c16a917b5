// The type-specific front matter of each page type: proces steps,
// competencies, glossary terms, interview themes. Called by page_loader;
// one function per type, each reporting its own problems.
#pragma once

#include "load/page.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

// Keys each type accepts beyond the common ones.
const std::vector<std::string_view>& type_specific_keys(PageType type);

PageDetails load_page_details(PageType type, const YAML::Node& root, yaml::YamlReader& reader);

}  // namespace handboek::load
