#include "language/text_locator.h"

#include "language/words.h"

namespace handboek::language {

namespace {

// The code point that ends just before byte `end`.
char32_t code_point_before(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return next_code_point(text, start);
}

bool is_whole_word(std::string_view line, size_t at, size_t size) {
  if (at > 0 && is_word_character(code_point_before(line, at))) return false;
  if (at + size < line.size()) {
    size_t next = at + size;
    if (is_word_character(next_code_point(line, next))) return false;
  }
  return true;
}

int column_of(std::string_view line, size_t byte) {
  int column = 1;
  for (size_t i = 0; i < byte;) {
    next_code_point(line, i);
    ++column;
  }
  return column;
}

}  // namespace

TextLocator::TextLocator(std::string_view file) {
  size_t start = 0;
  while (start <= file.size()) {
    size_t end = file.find('\n', start);
    if (end == std::string_view::npos) end = file.size();
    lines_.push_back(file.substr(start, end - start));
    start = end + 1;
  }
}

TextPosition TextLocator::find(std::string_view word, int from_line, int occurrence) const {
  if (word.empty()) return {};
  for (size_t index = static_cast<size_t>(std::max(from_line, 1)) - 1; index < lines_.size(); ++index) {
    const std::string_view line = lines_[index];
    for (size_t at = line.find(word); at != std::string_view::npos; at = line.find(word, at + 1)) {
      if (!is_whole_word(line, at, word.size())) continue;
      if (occurrence-- == 0) return {static_cast<int>(index) + 1, column_of(line, at)};
    }
  }
  return {};
}

}  // namespace handboek::language
