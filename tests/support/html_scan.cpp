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

bool line_with_numbered(std::string_view text, std::string_view first, std::string_view second) {
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    const size_t a = line.find(first);
    if (a != std::string_view::npos) {
      for (size_t b = line.find(second, a + first.size()); b != std::string_view::npos; b = line.find(second, b + 1)) {
        size_t i = b + second.size();
        if (i >= line.size() || !is_space(line[i])) continue;
        while (i < line.size() && is_space(line[i])) ++i;
        if (i < line.size() && is_digit(line[i])) return true;
      }
    }
    line_start = line_end + 1;
  }
  return false;
}

}  // namespace handboek::testing
