#include "language/readability.h"

#include <cmath>
#include <vector>

#include "language/words.h"

namespace handboek::language {

namespace {

// The sentence as quoted in a warning: its first words, then "…".
std::string quoted(std::string_view sentence) {
  constexpr size_t kShownWords = 12;
  const std::vector<Word> words = split_words(sentence);
  if (words.size() <= kShownWords) return std::string(sentence);
  const Word& last = words[kShownWords - 1];
  return std::string(sentence.substr(0, last.offset + last.text.size())) + " …";
}

}  // namespace

double ReadabilityScore::douma() const {
  if (words == 0 || sentences == 0) return 100;
  const double syllables_per_100_words = 100.0 * syllables / words;
  const double words_per_sentence = static_cast<double>(words) / sentences;
  return 206.84 - 0.77 * syllables_per_100_words - 0.93 * words_per_sentence;
}

ReadabilityScore score_text(std::string_view text, const SyllableCounter& syllables) {
  ReadabilityScore score;
  for (std::string_view sentence : split_sentences(text)) {
    const std::vector<Word> words = split_words(sentence);
    ++score.sentences;
    score.words += static_cast<int>(words.size());
    for (const Word& word : words) {
      const int count = is_number(word.text) ? 1 : syllables.count(word.text);
      score.syllables += count;
      if (count >= B1Thresholds::kLongWordSyllables) ++score.long_words;
    }
    if (static_cast<int>(words.size()) > score.longest_sentence_words) {
      score.longest_sentence_words = static_cast<int>(words.size());
      score.longest_sentence = sentence;
    }
  }
  return score;
}

std::optional<std::string> b1_warning(const ReadabilityScore& score) {
  if (score.words < B1Thresholds::kMinimumWords) return std::nullopt;
  std::vector<std::string> measures;
  const double douma = score.douma();
  if (douma < B1Thresholds::kMinimumDouma) {
    measures.push_back("Douma " + std::to_string(static_cast<int>(std::lround(douma))) + ", B1 ≥ " +
                       std::to_string(static_cast<int>(B1Thresholds::kMinimumDouma)));
  }
  if (score.longest_sentence_words > B1Thresholds::kMaximumSentenceWords) {
    measures.push_back("zin van " + std::to_string(score.longest_sentence_words) + " woorden, B1 ≤ " +
                       std::to_string(B1Thresholds::kMaximumSentenceWords));
  }
  if (score.long_word_share() > B1Thresholds::kMaximumLongWordShare) {
    measures.push_back(std::to_string(static_cast<int>(std::lround(100 * score.long_word_share()))) +
                       "% lange woorden, B1 ≤ " +
                       std::to_string(static_cast<int>(std::lround(100 * B1Thresholds::kMaximumLongWordShare))) + "%");
  }
  if (measures.empty()) return std::nullopt;
  std::string message = "alinea boven B1 (";
  for (size_t i = 0; i < measures.size(); ++i) message += (i ? "; " : "") + measures[i];
  return message + "): maak korter: \"" + quoted(score.longest_sentence) + "\"";
}

}  // namespace handboek::language
