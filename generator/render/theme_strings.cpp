#include "render/theme_strings.h"

#include <memory>
#include <vector>

#include "render/theme.h"
#include "source/working_tree_source.h"
#include "yaml/yaml_reader.h"

namespace handboek::render {

namespace {

using Found = std::array<std::optional<std::string>, kTextKeys.size()>;

std::string strings_path(const std::string& theme) {
  return "themes/" + theme + "/strings.yaml";
}

// Reads themes/<theme>/strings.yaml of `source` into `found`, keeping what
// is there already. false when the file is broken; a missing file is no
// problem here (the caller decides).
bool read_strings(const source::Source& source, const std::string& theme, Found& found, bool& exists,
                  base::Diagnostics& diagnostics) {
  const std::string path = strings_path(theme);
  const auto site_path = base::SitePath::parse(path);
  const auto text = site_path ? source.read_file(*site_path) : std::nullopt;
  exists = text.has_value();
  if (!text) return true;
  const int errors = diagnostics.error_count();
  yaml::YamlReader reader(path, 1, diagnostics);
  const auto root = reader.parse(*text);
  if (!root) return false;
  if (root->IsNull()) return true;  // an empty file: every string from the default theme
  if (!reader.expect_map(*root, "strings.yaml (sleutel: tekst)")) return false;
  reader.warn_unknown_keys(*root, std::vector<std::string_view>(kTextKeys.begin(), kTextKeys.end()));
  for (size_t i = 0; i < kTextKeys.size(); ++i) {
    if (found[i]) continue;
    if (auto value = reader.text(*root, kTextKeys[i])) found[i] = std::move(*value);
  }
  return diagnostics.error_count() == errors;
}

}  // namespace

std::optional<ThemeStrings> ThemeStrings::load(const source::Source& source, const std::string& theme,
                                               base::Diagnostics& diagnostics) {
  Found found;
  bool exists = false;
  if (!read_strings(source, theme, found, exists, diagnostics)) return std::nullopt;
  bool complete = true;
  for (const auto& text : found) complete = complete && text.has_value();
  if (!complete) {
    // The installed default theme fills the gaps: a site theme overrides
    // only the words it changes, and a theme written before a string was
    // added keeps working.
    const auto root = installed_theme_root();
    bool default_exists = false;
    if (root) {
      const source::WorkingTreeSource installed(*root);
      if (!read_strings(installed, "default", found, default_exists, diagnostics)) return std::nullopt;
    }
    std::string missing;
    for (size_t i = 0; i < kTextKeys.size(); ++i) {
      if (!found[i]) missing += (missing.empty() ? "" : ", ") + std::string(kTextKeys[i]);
    }
    if (!missing.empty()) {
      diagnostics.error(
          strings_path(theme), 0, 0,
          (exists ? "in strings.yaml van thema '" + theme + "' ontbreekt " : "thema '" + theme + "' heeft geen strings.yaml voor ") +
              missing + (default_exists ? "" : " (het standaardthema dat met handboek is geïnstalleerd heeft geen strings.yaml)") +
              "; themes/default/README.md (\"Strings\") noemt elke sleutel");
      return std::nullopt;
    }
  }
  ThemeStrings strings;
  for (size_t i = 0; i < kTextKeys.size(); ++i) strings.texts_[i] = std::move(*found[i]);
  return strings;
}

std::string ThemeStrings::format(Text text, std::initializer_list<TextValue> values) const {
  const std::string& pattern = (*this)[text];
  std::string out;
  out.reserve(pattern.size() + 32);
  size_t pos = 0;
  while (pos < pattern.size()) {
    const size_t open = pattern.find('{', pos);
    if (open == std::string::npos) break;
    const size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    out.append(pattern, pos, open - pos);
    const std::string_view name(pattern.data() + open + 1, close - open - 1);
    const TextValue* value = nullptr;
    for (const TextValue& candidate : values) {
      if (candidate.first == name) value = &candidate;
    }
    if (value) {
      out += value->second;
      pos = close + 1;
    } else {
      out += '{';
      pos = open + 1;
    }
  }
  out.append(pattern, pos, std::string::npos);
  return out;
}

std::string ThemeStrings::fingerprint_text() const {
  std::string all;
  for (size_t i = 0; i < kTextKeys.size(); ++i) {
    all += kTextKeys[i];
    all += '\0';
    all += texts_[i];
    all += '\0';
  }
  return all;
}

}  // namespace handboek::render
