// Words and sentences of a plain Dutch text, with byte offsets so a finding
// can be placed back in its file. Shared by the readability measure and the
// spelling check, so both count the same words.
#pragma once

#include <string_view>
#include <vector>

namespace handboek::language {

struct Word {
  std::string_view text;  // letters and digits, with inner ' - . (auto's, re-integratie, 1.200)
  size_t offset = 0;      // byte offset in the text it was split from
};

// Every word of `text`, in order. Punctuation, symbols and spaces separate
// words; a hyphen, apostrophe (also ’) or full stop between letters does not.
std::vector<Word> split_words(std::string_view text);

// The sentences of `text`: ends at . ! ? (and … ) followed by a space or the
// end, except after a known Dutch abbreviation ("bijv.", "o.a.") or a single
// letter (an initial). A text without end punctuation is one sentence.
std::vector<std::string_view> split_sentences(std::string_view text);

// Whether `word` has a hyphen and every part between its hyphens passes
// `good` ("WW" and "uitkering" of "WW-uitkering"); empty parts pass.
template <typename Good>
bool every_hyphen_part(std::string_view word, Good good) {
  if (word.find('-') == std::string_view::npos) return false;
  size_t start = 0;
  while (start <= word.size()) {
    size_t end = word.find('-', start);
    if (end == std::string_view::npos) end = word.size();
    const std::string_view part = word.substr(start, end - start);
    if (!part.empty() && !good(part)) return false;
    start = end + 1;
  }
  return true;
}

// True when the word has no letter (a number, "2026", "1.200").
bool is_number(std::string_view word);

// Decodes the UTF-8 code point at `i` and advances `i` (U+FFFD for a bad byte).
char32_t next_code_point(std::string_view text, size_t& i);

// Letters (any script) and digits; not punctuation, symbols or spaces.
bool is_word_character(char32_t c);

}  // namespace handboek::language
