#include "language/words.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/text.h"

namespace handboek::language {

namespace {

bool is_joiner(char32_t c) {
  return c == '-' || c == '\'' || c == U'’' || c == '.';
}

// Abbreviations whose full stop does not end a Dutch sentence (lowercase,
// without their last full stop).
constexpr std::array<std::string_view, 22> kAbbreviations = {
    "bijv", "bv",  "o.a", "d.w.z", "enz", "etc", "e.d", "i.p.v", "m.b.t", "t.a.v", "z.s.m",
    "nr",   "art", "mr",  "dr",    "drs", "ir",  "ca",  "evt",   "incl",  "excl",  "vgl"};

// The word that ends just before `end` (a full stop) in `text`.
std::string_view word_before(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n' && text[start - 1] != '(') --start;
  return text.substr(start, end - start);
}

bool ends_abbreviation(std::string_view text, size_t stop) {
  const std::string word = base::ascii_lower(word_before(text, stop));
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;  // an initial: "J. Jansen"
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

}  // namespace

char32_t next_code_point(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t point = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) point = (point << 6) | (byte(i + k) & 0x3F);
  i += length;
  return point;
}

bool is_word_character(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;                        // Latin-1 punctuation and signs
  if (c >= 0x2000 && c <= 0x2BFF) return false;                                // punctuation, currency, arrows, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;                                // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE0F) return false;                                // variation selectors
  if (c == 0xFEFF || c == 0xFFFD || c >= 0x1F000) return false;                // BOM, bad bytes, emoji
  if (c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4) return false;  // Arabic comma, semicolon, ?, stop
  return true;
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  size_t start = std::string_view::npos;  // of the word being read
  size_t end = 0;                         // just past its last word character
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t c = next_code_point(text, i);
    if (is_word_character(c)) {
      if (start == std::string_view::npos) start = at;
      end = i;
      continue;
    }
    if (start == std::string_view::npos) continue;
    if (is_joiner(c) && end == at && i < text.size()) {
      size_t peek = i;
      if (is_word_character(next_code_point(text, peek))) continue;  // inside a word: auto's, re-integratie
    }
    words.push_back({text.substr(start, end - start), start});
    start = std::string_view::npos;
  }
  if (start != std::string_view::npos) words.push_back({text.substr(start, end - start), start});
  return words;
}

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  size_t start = 0;
  const auto add = [&](size_t end) {
    std::string_view sentence = text.substr(start, end - start);
    while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.front()))) sentence.remove_prefix(1);
    while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.back()))) sentence.remove_suffix(1);
    if (!split_words(sentence).empty()) sentences.push_back(sentence);
    start = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool ellipsis = text.substr(i, 3) == "…";
    if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
    size_t after = i + (ellipsis ? 3 : 1);
    while (after < text.size() && (text[after] == '.' || text[after] == '!' || text[after] == '?' ||
                                   text[after] == '"' || text[after] == ')' || text[after] == '\'')) {
      ++after;
    }
    const bool at_break = after == text.size() || std::isspace(static_cast<unsigned char>(text[after]));
    if (!at_break || (c == '.' && !ellipsis && ends_abbreviation(text, i))) continue;
    add(after);
    i = after - 1;
  }
  if (start < text.size()) add(text.size());
  return sentences;
}

bool is_number(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
}

}  // namespace handboek::language
