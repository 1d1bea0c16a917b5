#include "language/syllables.h"

#include <hyphen.h>

#include <array>
#include <cstdlib>
#include <vector>

#include "language/words.h"

namespace handboek::language {

namespace {

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

bool is_diaeresis_vowel(char32_t c) {
  return c == U'ä' || c == U'ë' || c == U'ï' || c == U'ö' || c == U'ü';
}

char without_diaeresis(char32_t c) {
  switch (c) {
    case U'ä': return 'a';
    case U'ë': return 'e';
    case U'ï': return 'i';
    case U'ö': return 'o';
    default: return 'u';
  }
}

// The plain vowel a letter stands for ('e' for é, è, ê), or 0.
char plain_vowel(char32_t c) {
  static const std::array<std::pair<char32_t, char>, 16> kAccented = {{{U'á', 'a'},
                                                                       {U'à', 'a'},
                                                                       {U'â', 'a'},
                                                                       {U'é', 'e'},
                                                                       {U'è', 'e'},
                                                                       {U'ê', 'e'},
                                                                       {U'í', 'i'},
                                                                       {U'ì', 'i'},
                                                                       {U'î', 'i'},
                                                                       {U'ó', 'o'},
                                                                       {U'ò', 'o'},
                                                                       {U'ô', 'o'},
                                                                       {U'ú', 'u'},
                                                                       {U'ù', 'u'},
                                                                       {U'û', 'u'},
                                                                       {U'ý', 'y'}}};
  if (c < 0x80) {
    const char ascii = static_cast<char>(c);
    return std::string_view("aeiouy").find(ascii) != std::string_view::npos ? ascii : 0;
  }
  for (const auto& [accented, plain] : kAccented) {
    if (c == accented) return plain;
  }
  return 0;
}

// Dutch vowel spellings that are one sound, longest first.
constexpr std::array<std::string_view, 17> kVowelSpellings = {"aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu",
                                                              "ie",  "oe",  "eu",  "ui",  "ij",  "ei", "ou", "au"};

// Groups in a run of plain vowels ("ij" included by the caller).
int groups_in_run(std::string_view run) {
  int groups = 0;
  for (size_t i = 0; i < run.size(); ++groups) {
    size_t step = 1;
    for (std::string_view spelling : kVowelSpellings) {
      if (run.substr(i, spelling.size()) == spelling) {
        step = spelling.size();
        break;
      }
    }
    i += step;
  }
  return groups;
}

// The word in ISO 8859-1 and lowercase, as the Debian patterns are written;
// nullopt when it has a letter outside Latin-1 (not a Dutch word).
std::optional<std::string> latin1_lowercase(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size();) {
    const char32_t c = to_lower(next_code_point(word, i));
    if (c > 0xFF) return std::nullopt;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string latin1_to_utf8(std::string_view text) {
  std::string out;
  for (const char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// The arrays libhyphen allocates (malloc) for a word with non-standard
// breaks (letters that change at the break, as hyphen.h's "ff=f"), one
// replacement per letter; freed here.
struct NonStandardBreaks {
  explicit NonStandardBreaks(size_t letters) : letters(letters) {}
  NonStandardBreaks(const NonStandardBreaks&) = delete;
  NonStandardBreaks& operator=(const NonStandardBreaks&) = delete;
  ~NonStandardBreaks() {
    if (replacements) {
      for (size_t i = 0; i < letters; ++i) std::free(replacements[i]);
    }
    std::free(replacements);
    std::free(positions);
    std::free(cuts);
  }
  size_t letters;
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
};

}  // namespace

int vowel_groups(std::string_view piece) {
  int groups = 0;
  std::string run;  // current run of plain vowels
  const auto close_run = [&] {
    groups += groups_in_run(run);
    run.clear();
  };
  for (size_t i = 0; i < piece.size();) {
    const char32_t c = to_lower(next_code_point(piece, i));
    if (is_diaeresis_vowel(c)) {
      close_run();
      run.push_back(without_diaeresis(c));
    } else if (const char vowel = plain_vowel(c)) {
      run.push_back(vowel);
    } else if (c == 'j' && !run.empty() && run.back() == 'i') {
      run.push_back('j');  // "ij" is one vowel
    } else {
      close_run();
    }
  }
  close_run();
  return groups;
}

void SyllableCounter::DictDeleter::operator()(_HyphenDict* dict) const {
  hnj_hyphen_free(dict);
}

base::StatusOr<SyllableCounter> SyllableCounter::load(const std::string& patterns_path) {
  SyllableCounter counter;
  counter.dict_.reset(hnj_hyphen_load(patterns_path.c_str()));
  if (!counter.dict_) {
    return base::Status::failure("kan de afbreekpatronen " + patterns_path + " niet lezen (Debian-pakket hyphen-nl)");
  }
  return counter;
}

int SyllableCounter::count(std::string_view word) const {
  const auto latin1 = latin1_lowercase(word);
  if (!latin1 || latin1->empty() || latin1->size() > 200) return std::max(1, vowel_groups(word));
  const size_t size = latin1->size();
  std::vector<char> hyphens(size + 5, '0');
  NonStandardBreaks breaks(size);
  std::vector<char> hyphenated(size * 2 + 5);
  // Breaks allowed one letter from the edges; the patterns decide.
  const int failed =
      hnj_hyphen_hyphenate3(dict_.get(), latin1->c_str(), static_cast<int>(size), hyphens.data(), hyphenated.data(),
                            &breaks.replacements, &breaks.positions, &breaks.cuts, 1, 1, 1, 1);
  if (failed) return std::max(1, vowel_groups(word));
  int syllables = 0;
  size_t start = 0;
  for (size_t i = 0; i < size; ++i) {
    if ((hyphens[i] & 1) == 0 && i + 1 < size) continue;
    syllables += std::max(1, vowel_groups(latin1_to_utf8(std::string_view(*latin1).substr(start, i + 1 - start))));
    start = i + 1;
  }
  return std::max(1, syllables);
}

}  // namespace handboek::language
