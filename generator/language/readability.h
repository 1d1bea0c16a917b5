// Readability of Dutch text for clients: the Flesch–Douma score of a
// paragraph, its longest sentence and its share of long words, and the B1
// verdict on them. Thresholds and their sources: docs/language.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "language/syllables.h"

namespace handboek::language {

// B1 ("taalniveau B1") as this project measures it.
struct B1Thresholds {
  // Flesch–Douma (Douma 1960): 60–70 is "normaal" in Douma's own table, the
  // lowest band an average adult reader reads without effort.
  static constexpr double kMinimumDouma = 60;
  // The usual advice of Dutch plain-language (B1) guides: no sentence
  // longer than about 20 words.
  static constexpr int kMaximumSentenceWords = 20;
  // A word of four or more syllables is long ("arbeidsmarktregio"); more
  // than one in five makes a paragraph hard whatever its sentences.
  static constexpr int kLongWordSyllables = 4;
  static constexpr double kMaximumLongWordShare = 0.20;
  // Fewer words are not scored: averages over a label or a short line say
  // nothing (Flesch and Douma calibrated on passages of 100 words).
  static constexpr int kMinimumWords = 10;
};

struct ReadabilityScore {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
  int long_words = 0;
  std::string_view longest_sentence;
  int longest_sentence_words = 0;

  // 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
  double douma() const;
  double long_word_share() const { return words == 0 ? 0 : static_cast<double>(long_words) / words; }
};

ReadabilityScore score_text(std::string_view text, const SyllableCounter& syllables);

// "paragraph above B1 (Douma 38, B1 ≥ 60): shorten "…"" naming every measure
// above B1 and the longest sentence; nullopt when the text is B1 or too short
// to score.
std::optional<std::string> b1_warning(const ReadabilityScore& score);

}  // namespace handboek::language
