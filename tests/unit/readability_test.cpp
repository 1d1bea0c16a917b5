// language/readability, syllables, words: the Flesch–Douma score, B1 verdict,
// sentences and words of Dutch texts, against texts scored by hand.
#include "language/readability.h"

#include <catch2/catch.hpp>
#include <string>

#include "language/syllables.h"
#include "language/words.h"

using namespace handboek::language;

namespace {

const SyllableCounter& dutch() {
  static const SyllableCounter counter = [] {
    auto loaded = SyllableCounter::load(std::string(kDutchHyphenationPatterns));
    if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
    return std::move(*loaded);
  }();
  return counter;
}

std::vector<std::string> texts(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

std::vector<std::string> word_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Word& word : split_words(text)) out.emplace_back(word.text);
  return out;
}

// Easy: 18 words, 24 syllables (counted by hand), 3 sentences.
constexpr std::string_view kEasy =
    "Wij helpen u bij het zoeken naar werk. U praat met een klantmanager. Samen maakt u een plan.";

// Hard: one sentence of 28 words and 61 syllables (counted by hand).
constexpr std::string_view kHard =
    "Indien de belanghebbende niet voldoet aan de verplichtingen die voortvloeien uit de Participatiewet, "
    "kan het college besluiten tot verlaging van de uitkering gedurende een nader te bepalen periode.";

}  // namespace

TEST_CASE("syllables of Dutch words as counted by hand", "[language][syllables]") {
  const std::vector<std::pair<std::string_view, int>> words = {{"werk", 1},
                                                               {"eeuw", 1},
                                                               {"aanvraag", 2},
                                                               {"ader", 2},
                                                               {"idee", 2},
                                                               {"uitkering", 3},
                                                               {"voortvloeien", 3},
                                                               {"college", 3},
                                                               {"januari", 4},
                                                               {"handtekening", 4},
                                                               {"Klantmanager", 4},
                                                               {"periode", 4},
                                                               {"financiën", 4},
                                                               {"beëindigen", 4},
                                                               {"ruïne", 3},
                                                               {"geïnteresseerd", 5},
                                                               {"belanghebbende", 5},
                                                               {"Participatiewet", 6},
                                                               {"loonkostensubsidie", 6}};
  for (const auto& [word, syllables] : words) {
    INFO(word);
    CHECK(dutch().count(word) == syllables);
  }
}

TEST_CASE("vowel groups count Dutch digraphs once and split at a diaeresis", "[language][syllables]") {
  CHECK(vowel_groups("ooi") == 1);
  CHECK(vowel_groups("bijl") == 1);
  CHECK(vowel_groups("idee") == 2);
  CHECK(vowel_groups("zeeën") == 2);
  CHECK(vowel_groups("krt") == 0);
}

TEST_CASE("a word in another script still counts as at least one syllable", "[language][syllables]") {
  CHECK(dutch().count("مرحبا") >= 1);
  CHECK(dutch().count("Привіт") >= 1);
}

TEST_CASE("words keep inner hyphens and apostrophes and drop punctuation", "[language][words]") {
  CHECK(word_texts("Auto's, re-integratie en (WW-uitkering)!") ==
        std::vector<std::string>{"Auto's", "re-integratie", "en", "WW-uitkering"});
  CHECK(word_texts("Klaar — of niet… “ja” € 1.200") == std::vector<std::string>{"Klaar", "of", "niet", "ja", "1.200"});
  const auto words = split_words("één twee");
  REQUIRE(words.size() == 2);
  CHECK(words[1].offset == 6);  // bytes: "één" is five bytes, then a space
}

TEST_CASE("sentences end at . ! ? but not after an abbreviation or an initial", "[language][words]") {
  CHECK(texts(split_sentences("Neem bijv. uw paspoort mee. Dat is nodig! Komt u?")) ==
        std::vector<std::string>{"Neem bijv. uw paspoort mee.", "Dat is nodig!", "Komt u?"});
  CHECK(texts(split_sentences("J. Jansen komt o.a. op dinsdag")) ==
        std::vector<std::string>{"J. Jansen komt o.a. op dinsdag"});
  CHECK(texts(split_sentences("Versie 2.1 is klaar.")) == std::vector<std::string>{"Versie 2.1 is klaar."});
}

TEST_CASE("an easy text scores as counted by hand and is B1", "[language][readability]") {
  const ReadabilityScore score = score_text(kEasy, dutch());
  CHECK(score.words == 18);
  CHECK(score.sentences == 3);
  CHECK(score.syllables == 24);
  // 206.84 − 0.77 × 133.33 − 0.93 × 6 = 98.59
  CHECK(score.douma() == Approx(98.59).margin(0.01));
  CHECK_FALSE(b1_warning(score).has_value());
}

TEST_CASE("a hard text scores as counted by hand and names its longest sentence", "[language][readability]") {
  const ReadabilityScore score = score_text(kHard, dutch());
  CHECK(score.words == 28);
  CHECK(score.sentences == 1);
  CHECK(score.syllables == 61);
  // 206.84 − 0.77 × 217.86 − 0.93 × 28 = 13.05
  CHECK(score.douma() == Approx(13.05).margin(0.01));
  CHECK(score.long_words == 5);
  CHECK(b1_warning(score) ==
        "alinea boven B1 (Douma 13, B1 ≥ 60; zin van 28 woorden, B1 ≤ 20): maak korter: \"Indien de belanghebbende "
        "niet voldoet aan de verplichtingen die voortvloeien uit de …\"");
}

TEST_CASE("long words alone put a paragraph above B1", "[language][readability]") {
  // Short sentences, but 6 of 12 words have four syllables or more.
  const ReadabilityScore score = score_text(
      "Uw handtekening is verplicht. Gemeentelijke participatiewet geldt. Informatie volgt. Loonkostensubsidie helpt "
      "vergunninghouders.",
      dutch());
  CHECK(score.long_words == 6);
  const auto warning = b1_warning(score);
  REQUIRE(warning.has_value());
  CHECK(warning->find("50% lange woorden, B1 ≤ 20%") != std::string::npos);
}

TEST_CASE("a text under ten words is not scored", "[language][readability]") {
  CHECK_FALSE(b1_warning(score_text("Handtekening belanghebbende vergunninghouder", dutch())).has_value());
}

TEST_CASE("patterns that cannot be read give a reason", "[language][syllables]") {
  const auto missing = SyllableCounter::load("/nonexistent/hyph_nl.dic");
  CHECK_FALSE(missing.ok());
  CHECK(missing.status().message().find("hyphen-nl") != std::string::npos);
}
