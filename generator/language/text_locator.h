// TextLocator: finds where a word of a checked text is written in its file,
// as 1-based line and column (columns count characters, not bytes). Texts
// from YAML lose their place (indentation, folded lines), so words are
// searched for, whole, from the line where their text starts.
#pragma once

#include <string_view>
#include <vector>

namespace handboek::language {

struct TextPosition {
  int line = 0;
  int column = 0;
};

class TextLocator {
 public:
  explicit TextLocator(std::string_view file);

  // The `occurrence`-th (0-based) whole-word `word` from line `from_line`
  // on; nullopt-like {0, 0} when it is not written literally.
  TextPosition find(std::string_view word, int from_line, int occurrence = 0) const;

 private:
  std::vector<std::string_view> lines_;
};

}  // namespace handboek::language
