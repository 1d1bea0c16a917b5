// language/spelling: hunspell with Debian's Dutch dictionary, and the words
// the check skips (site words, numbers, acronyms).
#include "language/spelling.h"

#include <catch2/catch.hpp>

using namespace handboek::language;

namespace {

SpellChecker& dutch() {
  static const std::unique_ptr<SpellChecker> checker = [] {
    auto loaded = SpellChecker::load(std::string(kDutchDictionary));
    if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
    return std::move(*loaded);
  }();
  return *checker;
}

}  // namespace

TEST_CASE("hunspell-nl knows Dutch words, inflections and capitals", "[language][spelling]") {
  CHECK(dutch().is_correct("uitkering"));
  CHECK(dutch().is_correct("Klantmanager"));
  CHECK(dutch().is_correct("financiën"));
  CHECK(dutch().is_correct("auto's"));
  CHECK(dutch().is_correct("auto’s"));  // typographic apostrophe
  CHECK(dutch().is_correct("Eén"));     // één at the start of a sentence
  CHECK_FALSE(dutch().is_correct("klantmanagr"));
  CHECK_FALSE(dutch().is_correct("uitkerring"));
}

TEST_CASE("a hyphenated word is right when each part is", "[language][spelling]") {
  CHECK(dutch().is_correct("re-integratie"));
  CHECK(dutch().is_correct("WW-uitkering"));
  CHECK_FALSE(dutch().is_correct("WW-uitkerring"));
}

TEST_CASE("suggestions: at most three, the right word among them", "[language][spelling]") {
  const std::vector<std::string> suggestions = dutch().suggestions("klantmanagr");
  CHECK(suggestions.size() <= 3);
  CHECK(std::find(suggestions.begin(), suggestions.end(), "klantmanager") != suggestions.end());
  CHECK(dutch().suggestions("klantmanagr") == suggestions);  // cached, same answer
}

TEST_CASE("a missing dictionary gives a reason that names the package", "[language][spelling]") {
  const auto missing = SpellChecker::load("/nonexistent/nl");
  CHECK_FALSE(missing.ok());
  CHECK(missing.status().message().find("hunspell-nl") != std::string::npos);
}

TEST_CASE("skipped: numbers, words with digits, single letters and acronyms", "[language][spelling]") {
  const KnownWords known;
  CHECK(known.skips("2026"));
  CHECK(known.skips("B1"));
  CHECK(known.skips("x"));
  CHECK(known.skips("PIP"));
  CHECK(known.skips("UWV's"));
  CHECK_FALSE(known.skips("Pip"));
  CHECK_FALSE(known.skips("werkfit"));
}

TEST_CASE("skipped: the site's own words, whatever their case", "[language][spelling]") {
  KnownWords known;
  known.add_words_of("Halte Werk");
  known.add_word_list("# jargon van het handboek\nwerkfit\n\nMens in beeld\nsoftskills\n");
  CHECK(known.skips("halte"));
  CHECK(known.skips("WERKFIT"));
  CHECK(known.skips("Werkfit"));
  CHECK(known.skips("beeld"));
  CHECK(known.skips("Softskills"));
  CHECK_FALSE(known.skips("jargon"));  // a comment line adds nothing
  CHECK_FALSE(known.skips("werkfitt"));
}

TEST_CASE("lowercase folds ASCII and Latin-1 capitals", "[language][spelling]") {
  CHECK(lowercase("ÉÉN Cliënt") == "één cliënt");
}

TEST_CASE("suggestions stop when their time budget is spent: 2,000 made-up words take seconds, not minutes",
          "[language][spelling]") {
  auto loaded = SpellChecker::load(std::string(kDutchDictionary));
  REQUIRE(loaded.ok());
  const auto& checker = *loaded;
  checker->set_suggestion_budget(std::chrono::milliseconds(500));
  const auto start = std::chrono::steady_clock::now();
  size_t with_suggestions = 0;
  for (int i = 0; i < 2000; ++i) {
    // Words hunspell has never seen, each different ("qzvbrakt0", …).
    std::string word = "qzvbrakt";
    for (int n = i; n > 0; n /= 26) word += static_cast<char>('a' + n % 26);
    CHECK_FALSE(checker->is_correct(word));
    if (!checker->suggestions(word).empty()) ++with_suggestions;
    checker->suggestions(word);  // asked again: computed once
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  // The budget plus the one suggestion that may run past it, plus 2,000 lookups.
  CHECK(elapsed < std::chrono::seconds(3));
  CHECK(with_suggestions < 2000);
  CHECK(checker->suggestions("uitkerring").empty());  // budget spent: none, not a slow answer
}
