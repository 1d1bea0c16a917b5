#include "yaml/unterminated_quote.h"

#include <vector>

namespace handboek::yaml {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

size_t indentation(std::string_view line) {
  const size_t first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Whether a scalar can start at `at`: after the indentation or one of the
// indicators that end a key or open a collection or entry.
bool scalar_can_start(std::string_view line, size_t at) {
  size_t before = at;
  while (before > 0 && (line[before - 1] == ' ' || line[before - 1] == '\t')) --before;
  if (before == 0) return true;
  const char c = line[before - 1];
  if (c == '[' || c == '{' || c == ',') return true;
  if (before == at) return false;  // `-`, `:` and `?` need a space after them
  return c == '-' || c == ':' || c == '?';
}

// A line whose value is a block scalar header: `key: |`, `- >-`, `|2+`,
// possibly followed by a comment.
bool opens_block_scalar(std::string_view rest) {
  const size_t hash = rest.find(" #");
  std::string_view value = rest.substr(0, hash);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r'))
    value.remove_suffix(1);
  while (!value.empty() &&
         (value.back() == '+' || value.back() == '-' || (value.back() >= '1' && value.back() <= '9'))) {
    value.remove_suffix(1);
  }
  if (value.empty() || (value.back() != '|' && value.back() != '>')) return false;
  value.remove_suffix(1);
  return value.empty() || value.back() == ' ' || value.back() == '\t';
}

}  // namespace

std::optional<OpenQuote> find_unterminated_quote(std::string_view text) {
  const std::vector<std::string_view> lines = split_lines(text);
  std::optional<OpenQuote> open;  // the quoted scalar being read, across lines
  size_t block_indent = 0;        // > 0 while skipping a block scalar's lines deeper than this
  bool in_block = false;
  for (size_t number = 0; number < lines.size(); ++number) {
    const std::string_view line = lines[number];
    size_t at = 0;
    if (!open) {
      if (in_block) {
        if (is_blank(line) || indentation(line) > block_indent) continue;
        in_block = false;
      }
      if (line.starts_with("---") || line.starts_with("...")) continue;
    }
    while (at < line.size()) {
      if (open) {
        const size_t close = line.find(open->quote, at);
        if (close == std::string_view::npos) break;  // the scalar goes on to the next line
        if (open->quote == '\'' && close + 1 < line.size() && line[close + 1] == '\'') {
          at = close + 2;  // '' is a quote inside a single-quoted scalar
          continue;
        }
        if (open->quote == '"') {
          size_t backslashes = 0;
          while (close - backslashes > at && line[close - backslashes - 1] == '\\') ++backslashes;
          if (backslashes % 2 == 1) {
            at = close + 1;  // \" is a quote inside a double-quoted scalar
            continue;
          }
        }
        open.reset();
        at = close + 1;
        continue;
      }
      const char c = line[at];
      if (c == '#' && (at == 0 || line[at - 1] == ' ' || line[at - 1] == '\t')) break;  // a comment
      if ((c == '"' || c == '\'') && scalar_can_start(line, at)) {
        open = OpenQuote{static_cast<int>(number), static_cast<int>(at), c};
        ++at;
        continue;
      }
      if ((c == '|' || c == '>') && scalar_can_start(line, at) && opens_block_scalar(line.substr(at))) {
        in_block = true;
        block_indent = indentation(line);
        break;
      }
      ++at;
    }
  }
  return open;
}

}  // namespace handboek::yaml
