#include "yaml/yaml_reader.h"

#include <regex>

#include "base/did_you_mean.h"

namespace handboek::yaml {

YamlReader::YamlReader(std::string path, int first_line, base::Diagnostics& diagnostics)
    : path_(std::move(path)), first_line_(first_line), diagnostics_(diagnostics) {}

std::optional<YAML::Node> YamlReader::parse(const std::string& text) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    diagnostics_.error(path_, first_line_ + std::max(0, e.mark.line), std::max(0, e.mark.column) + 1,
                       "invalid YAML: " + e.msg);
    return std::nullopt;
  }
}

SourcePos YamlReader::position(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {first_line_, 1};
  return {first_line_ + mark.line, mark.column + 1};
}

void YamlReader::error(const YAML::Node& node, std::string message) {
  const SourcePos pos = position(node);
  diagnostics_.error(path_, pos.line, pos.column, std::move(message));
}

void YamlReader::warning(const YAML::Node& node, std::string message) {
  const SourcePos pos = position(node);
  diagnostics_.warning(path_, pos.line, pos.column, std::move(message));
}

std::optional<std::string> YamlReader::text(const YAML::Node& map, std::string_view key, bool required) {
  const YAML::Node value = map[std::string(key)];
  if (!value || value.IsNull()) {
    if (required) error(map, "missing required key '" + std::string(key) + "'");
    return std::nullopt;
  }
  if (!value.IsScalar()) {
    error(value, "'" + std::string(key) + "' must be text");
    return std::nullopt;
  }
  return value.Scalar();
}

std::vector<std::string> YamlReader::text_list(const YAML::Node& map, std::string_view key) {
  std::vector<std::string> out;
  const YAML::Node value = map[std::string(key)];
  if (!value || value.IsNull()) return out;
  if (value.IsScalar()) return {value.Scalar()};
  if (!value.IsSequence()) {
    error(value, "'" + std::string(key) + "' must be a list of text");
    return out;
  }
  for (const YAML::Node& item : value) {
    if (item.IsScalar()) {
      out.push_back(item.Scalar());
    } else {
      error(item, "items of '" + std::string(key) + "' must be text");
    }
  }
  return out;
}

std::optional<int> YamlReader::integer(const YAML::Node& map, std::string_view key) {
  const YAML::Node value = map[std::string(key)];
  if (!value || value.IsNull()) return std::nullopt;
  static const std::regex kInteger("-?[0-9]{1,9}");
  if (!value.IsScalar() || !std::regex_match(value.Scalar(), kInteger)) {
    error(value, "'" + std::string(key) + "' must be a whole number");
    return std::nullopt;
  }
  return std::stoi(value.Scalar());
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, std::string_view key) {
  const YAML::Node value = map[std::string(key)];
  if (!value || value.IsNull()) return std::nullopt;
  const std::string text = value.IsScalar() ? value.Scalar() : "";
  if (text == "true" || text == "yes") return true;
  if (text == "false" || text == "no") return false;
  error(value, "'" + std::string(key) + "' must be true or false");
  return std::nullopt;
}

std::optional<std::string> YamlReader::date(const YAML::Node& map, std::string_view key) {
  const auto value = text(map, key);
  if (!value) return std::nullopt;
  static const std::regex kDate("([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
  if (!std::regex_match(*value, kDate)) {
    error(map[std::string(key)], "'" + std::string(key) + "' must be a date written YYYY-MM-DD");
    return std::nullopt;
  }
  return value;
}

std::optional<YAML::Node> YamlReader::sequence(const YAML::Node& map, std::string_view key, bool required) {
  const YAML::Node value = map[std::string(key)];
  if (!value || value.IsNull()) {
    if (required) error(map, "missing required key '" + std::string(key) + "'");
    return std::nullopt;
  }
  if (!value.IsSequence()) {
    error(value, "'" + std::string(key) + "' must be a list");
    return std::nullopt;
  }
  return value;
}

bool YamlReader::expect_map(const YAML::Node& node, std::string_view what) {
  if (node.IsMap()) return true;
  error(node, std::string(what) + " must be a mapping of keys to values");
  return false;
}

void YamlReader::warn_unknown_keys(const YAML::Node& map, const std::vector<std::string_view>& allowed) {
  const std::vector<std::string> candidates(allowed.begin(), allowed.end());
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    bool known = false;
    for (const std::string_view name : allowed) known = known || key == name;
    if (!known) warning(entry.first, "unknown key '" + key + "'" + base::suggestion_suffix(key, candidates));
  }
}

}  // namespace handboek::yaml
