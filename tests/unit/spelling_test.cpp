// language/spelling: hunspell with Debian's Dutch dictionary, and the words
// the check skips (site words, numbers, acronyms).
#include "language/spelling.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

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

TEST_CASE("answers remembered from one build answer the next without hunspell", "[language][spelling]") {
  auto first_loaded = SpellChecker::load(std::string(kDutchDictionary));
  REQUIRE(first_loaded.ok());
  const auto& first = *first_loaded;
  CHECK(first->is_correct("uitkering"));
  CHECK_FALSE(first->is_correct("klantmanagr"));
  const std::vector<std::string> suggested = first->suggestions("klantmanagr");
  const std::string text = first->remembered();

  // A lazy checker reads hunspell only for a word it does not remember.
  const std::string copy_base = "/tmp/handboek-spelling-test-" + std::to_string(::getpid());
  std::filesystem::copy_file(std::string(kDutchDictionary) + ".aff", copy_base + ".aff");
  std::filesystem::copy_file(std::string(kDutchDictionary) + ".dic", copy_base + ".dic");
  auto second_loaded = SpellChecker::load(std::string(kDutchDictionary), /*lazy=*/true);
  REQUIRE(second_loaded.ok());
  const auto& second = *second_loaded;
  REQUIRE(second->remember(text));
  CHECK(second->is_correct("uitkering"));
  CHECK_FALSE(second->is_correct("klantmanagr"));
  CHECK(second->suggestions("klantmanagr") == suggested);
  CHECK(second->remembered() == text);

  // Answers of another dictionary (another size or time) are not taken.
  auto other_loaded = SpellChecker::load(copy_base, /*lazy=*/true);
  REQUIRE(other_loaded.ok());
  const auto& other = *other_loaded;
  CHECK_FALSE(other->remember(text));
  CHECK_FALSE(second->remember("handboek-spelling 1 iets anders\nwoord\t1\n"));
  CHECK_FALSE(second->remember(text + "kapot\n"));
  std::filesystem::remove(copy_base + ".aff");
  std::filesystem::remove(copy_base + ".dic");
}
