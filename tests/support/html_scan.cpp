#include "html_scan.h"

namespace handboek::testing {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::vector<std::string> attribute_values(std::string_view html, std::string_view name) {
  std::vector<std::string> values;
  const std::string opening = std::string(name) + "=\"";
  for (size_t at = html.find(opening); at != std::string_view::npos; at = html.find(opening, at + 1)) {
    if (at == 0 || !is_space(html[at - 1])) continue;
    const size_t start = at + opening.size();
    const size_t end = html.find('"', start);
    if (end == std::string_view::npos) break;
    values.emplace_back(html.substr(start, end - start));
  }
  return values;
}

std::vector<std::string> start_tags(std::string_view html, std::initializer_list<std::string_view> names) {
  std::vector<std::string> tags;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    for (std::string_view name : names) {
      if (html.substr(at + 1, name.size()) != name) continue;
      const size_t after = at + 1 + name.size();
      if (after < html.size() && !is_space(html[after]) && html[after] != '>' && html[after] != '/') continue;
      const size_t end = html.find('>', after);
      if (end == std::string_view::npos) return tags;
      tags.emplace_back(html.substr(at, end - at + 1));
      break;
    }
  }
  return tags;
}

bool contains_in_order(std::string_view text, std::initializer_list<std::string_view> parts) {
  size_t from = 0;
  for (std::string_view part : parts) {
    const size_t at = text.find(part, from);
    if (at == std::string_view::npos) return false;
    from = at + part.size();
  }
  return true;
}

std::optional<int> number_after(std::string_view text, std::string_view label) {
  const size_t at = text.find(label);
  if (at == std::string_view::npos) return std::nullopt;
  size_t i = at + label.size();
  while (i < text.size() && is_space(text[i])) ++i;
  if (i == text.size() || !is_digit(text[i])) return std::nullopt;
  int value = 0;
  for (; i < text.size() && is_digit(text[i]) && value < 100'000'000; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

bool contents_line(std::string_view text, std::string_view label) {
  for (size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
    size_t i = at + label.size();
    if (i >= text.size() || text[i] != ' ') continue;
    const size_t dots = ++i;
    while (i < text.size() && text[i] == '.') ++i;
    if (i == dots || i + 1 >= text.size() || text[i] != ' ') continue;
    if (is_digit(text[i + 1])) return true;
  }
  return false;
}

}  // namespace handboek::testing
