// YamlReader: reads typed values out of a yaml-cpp tree and turns every
// problem into a Diagnostic at the node's line and column. It knows the line
// offset of the YAML inside its file (front matter starts on line 2), so all
// positions are file positions. yaml-cpp is confined to yaml/, config/ and load/.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace handboek::yaml {

// The message of a key that no reader knows: "onbekende sleutel 'x'" (the
// caller adds a suggestion).
std::string unknown_key(std::string_view key);

struct SourcePos {
  int line = 0;
  int column = 0;
};

class YamlReader {
 public:
  // `first_line` is the file line of the YAML text's first line (1-based).
  YamlReader(std::string path, int first_line, base::Diagnostics& diagnostics);

  // Parses `text`; on a syntax error reports it and returns nullopt.
  std::optional<YAML::Node> parse(const std::string& text);

  SourcePos position(const YAML::Node& node) const;
  void error(const YAML::Node& node, std::string message);
  void warning(const YAML::Node& node, std::string message);

  // `map[key]` as text. Missing: nullopt (an error when `required`).
  // Present but not a scalar: an error and nullopt.
  std::optional<std::string> text(const YAML::Node& map, std::string_view key, bool required = false);
  // A list of scalars; a single scalar is accepted as a list of one.
  std::vector<std::string> text_list(const YAML::Node& map, std::string_view key);
  std::optional<int> integer(const YAML::Node& map, std::string_view key);
  // true/false (also yes/no as YAML 1.1 writes them).
  std::optional<bool> boolean(const YAML::Node& map, std::string_view key);
  // A YYYY-MM-DD date, kept as text.
  std::optional<std::string> date(const YAML::Node& map, std::string_view key);
  // `map[key]` when it is a sequence (error when present and not one).
  std::optional<YAML::Node> sequence(const YAML::Node& map, std::string_view key, bool required = false);

  // Requires `node` to be a mapping; reports `what` otherwise.
  bool expect_map(const YAML::Node& node, std::string_view what);
  // Warns about keys of `map` that are not in `allowed`, with a suggestion.
  void warn_unknown_keys(const YAML::Node& map, const std::vector<std::string_view>& allowed);

  const std::string& path() const { return path_; }

 private:
  // `map[key]` when it is there and not null; else nullopt, and an error
  // when `required`. Every typed getter starts here.
  std::optional<YAML::Node> present(const YAML::Node& map, std::string_view key, bool required);

  std::string path_;
  int first_line_;
  base::Diagnostics& diagnostics_;
};

}  // namespace handboek::yaml
