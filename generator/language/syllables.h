// SyllableCounter: Dutch syllables of a word, from Debian's Dutch hyphenation
// patterns (hyphen-nl, read with libhyphen). Owns the loaded pattern
// dictionary; counting is thread-safe (libhyphen only reads it).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

struct _HyphenDict;

namespace handboek::language {

inline constexpr std::string_view kDutchHyphenationPatterns = "/usr/share/hyphen/hyph_nl_NL.dic";

class SyllableCounter {
 public:
  // nullopt (and `why` filled) when the patterns cannot be read.
  static base::StatusOr<SyllableCounter> load(const std::string& patterns_path);

  // Syllables of one word (UTF-8, any case), at least 1. The patterns give
  // the breaks between syllables; they never break off a single letter at
  // a word's edge ("a-der", "i-dee"), so each piece between breaks also
  // counts its separate vowel groups (Dutch digraphs like "ij", "oe",
  // "eeu" count once, a diaeresis starts a new group).
  int count(std::string_view word) const;

 private:
  struct DictDeleter {
    void operator()(_HyphenDict* dict) const;
  };
  std::unique_ptr<_HyphenDict, DictDeleter> dict_;
};

// The vowel groups of a lowercase UTF-8 text: the fallback count for a
// piece of a word (exposed for tests).
int vowel_groups(std::string_view lowercase_piece);

}  // namespace handboek::language
