// Dutch spelling: SpellChecker wraps hunspell with Debian's hunspell-nl and
// caches every answer per distinct word (hunspell's suggestions take up to a
// second a word); KnownWords is what the check skips because the site says
// it is right (organisation names, glossary terms and aliases, the words of
// woordenlijst.txt) or because it is no word to check (numbers, acronyms).
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

class Hunspell;

namespace handboek::language {

// Base path of nl.aff and nl.dic.
inline constexpr std::string_view kDutchDictionary = "/usr/share/hunspell/nl";
// What all suggestions of one check may take together.
inline constexpr std::chrono::milliseconds kSuggestionBudget{1500};

class SpellChecker {
 public:
  // nullptr (and `why` filled) when BASE.aff or BASE.dic cannot be read.
  // `lazy`: hunspell reads the dictionary (a quarter of a second) only when
  // a word is asked that remember() did not answer.
  static base::StatusOr<std::unique_ptr<SpellChecker>> load(const std::string& base_path, bool lazy = false);
  ~SpellChecker();

  // Every answer so far as text (a line per word, after a line naming the
  // dictionary's size and time), kept beside the build cache so that the
  // next build of the same words needs no dictionary at all.
  std::string remembered();
  // Takes the answers of `text` (from remembered()); false, and nothing
  // taken, when they came from another dictionary or are damaged.
  bool remember(std::string_view text);

  // Whether hunspell knows the word (a hyphenated word when each part is
  // known). Thread-safe.
  bool is_correct(std::string_view word);
  // Up to three of hunspell's suggestions, computed once per word and only
  // while the suggestion budget lasts (hunspell takes 60-370 ms for an
  // unknown word, behind the one lock: 2,000 made-up words took 90 s);
  // after that, none. Thread-safe.
  std::vector<std::string> suggestions(std::string_view word);
  // Total time suggestions may take (default kSuggestionBudget).
  void set_suggestion_budget(std::chrono::milliseconds budget);

 private:
  SpellChecker() = default;
  bool lookup(const std::string& word);
  // hunspell, read now if it was not yet. REQUIRES: mutex_ held.
  Hunspell& hunspell();

  std::string base_path_;
  std::string fingerprint_;  // "nl.aff SIZE MTIME nl.dic SIZE MTIME"
  std::unique_ptr<Hunspell> hunspell_;
  std::mutex mutex_;
  std::map<std::string, bool, std::less<>> correct_;
  std::map<std::string, std::vector<std::string>, std::less<>> suggestions_;
  std::chrono::nanoseconds suggestion_budget_;
  std::chrono::nanoseconds suggestion_time_{0};
};

// Lowercase of a UTF-8 word (ASCII and Latin-1 letters).
std::string lowercase(std::string_view word);

class KnownWords {
 public:
  // Every word of `text` becomes known ("Halte Werk" → halte, werk).
  void add_words_of(std::string_view text);
  // woordenlijst.txt: one word or term a line; empty lines and lines
  // starting with '#' are skipped.
  void add_word_list(std::string_view file_text);

  // True for a word the check must not report: known to the site, a
  // number or a word with digits, one letter, or an acronym in capitals.
  bool skips(std::string_view word) const;

 private:
  std::set<std::string, std::less<>> words_;  // lowercase
};

}  // namespace handboek::language
