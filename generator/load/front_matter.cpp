#include "load/front_matter.h"

namespace handboek::load {

namespace {

// The line starting at `pos` without its line end; advances `pos` past it.
std::string_view next_line(std::string_view text, size_t& pos) {
  const size_t end = text.find('\n', pos);
  std::string_view line = text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
  pos = end == std::string_view::npos ? text.size() : end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

}  // namespace

std::optional<SplitFile> split_front_matter(std::string_view file, SplitError* error) {
  if (file.substr(0, 3) == "\xEF\xBB\xBF") file.remove_prefix(3);  // UTF-8 byte order mark
  size_t pos = 0;
  if (!is_fence(next_line(file, pos))) {
    if (error)
      *error = {SplitError::Kind::kNoFrontMatter, 1,
                "de front matter ontbreekt: het bestand moet beginnen met een regel '---'"};
    return std::nullopt;
  }
  const size_t yaml_start = pos;
  int line_number = 1;
  while (pos < file.size()) {
    const size_t line_start = pos;
    const std::string_view line = next_line(file, pos);
    ++line_number;
    if (is_fence(line) || line == "...") {
      SplitFile split;
      split.front_matter = std::string(file.substr(yaml_start, line_start - yaml_start));
      split.body = std::string(file.substr(pos));
      split.body_line = line_number + 1;
      return split;
    }
  }
  if (error)
    *error = {SplitError::Kind::kNotClosed, 1, "de front matter wordt niet afgesloten: zet er een regel '---' onder"};
  return std::nullopt;
}

SplitFile without_front_matter(std::string_view file) {
  if (file.substr(0, 3) == "\xEF\xBB\xBF") file.remove_prefix(3);
  SplitFile split;
  split.front_matter = "{}";
  split.body = std::string(file);
  split.body_line = 1;
  return split;
}

}  // namespace handboek::load
