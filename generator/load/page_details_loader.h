// The type-specific front matter of each page type: proces steps,
// competencies, glossary terms, interview themes. Called by page_loader;
// one function per type, each reporting its own problems.
#pragma once

#include "load/page.h"
#include "yaml/yaml_reader.h"

namespace handboek::load {

// Keys each type accepts beyond the common ones.
const std::vector<std::string_view>& type_specific_keys(PageType type);

// The front matter as written, so that links in Markdown read from it point
// at their line and column in the file (see place_links_in_yaml).
struct FrontMatterText {
  std::string_view yaml;
  int first_line = 2;
};

PageDetails load_page_details(PageType type, const YAML::Node& root, yaml::YamlReader& reader,
                              FrontMatterText text = {});

}  // namespace handboek::load
