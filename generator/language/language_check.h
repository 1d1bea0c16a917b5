// The language stage: reads the SiteModel (after load and model) and reports
// language problems as warnings — client texts above B1 (pages and forms
// with `doelgroep: klant`) and Dutch spelling of page, glossary and form
// texts. It changes nothing; with `strict_language: true` in site.yaml its
// warnings are errors. docs/language.md is the reference.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "language/spelling.h"
#include "language/syllables.h"
#include "model/site_model.h"
#include "source/source.h"

namespace handboek::language {

// Where the Dutch dictionaries are (Debian's paths by default).
struct DictionaryPaths {
  std::string hyphenation{kDutchHyphenationPatterns};
  std::string spelling{kDutchDictionary};
};

// The loaded dictionaries. A check whose dictionary is missing is off, and
// `off` says why (one line each, for the user); the other still runs.
struct LanguageTools {
  std::optional<SyllableCounter> syllables;  // readability
  std::unique_ptr<SpellChecker> spelling;
  std::vector<std::string> off;
};

// Loads both dictionaries (hunspell's Dutch one takes about two seconds:
// start it early, beside loading the site).
LanguageTools load_language_tools(const DictionaryPaths& paths);

// The site's own word list: woordenlijst.txt beside site.yaml.
inline constexpr std::string_view kWordListFile = "woordenlijst.txt";

// The unknown words of one check, for `check --report spelling` and the
// summary line of `build`.
struct SpellingReport {
  struct Word {
    size_t count = 0;
    std::set<std::string> files;
  };
  std::map<std::string, Word> unknown;  // word as written → where
  std::vector<std::string> not_dutch;   // files skipped: most of their words are not Dutch
};

// Which spelling findings become located warnings: all of them (`check`),
// or only those on client pages (`build`, which prints a summary line).
enum class SpellingFindings { kLocated, kClientPagesOnly };

// A page is "not Dutch" when at least this many of its words are checked
// and more than half of them (of its first kLanguageSample) are unknown: it
// is reported once, not word by word.
inline constexpr size_t kMinWordsForLanguageGuess = 20;
// The words (from the start of a page) the guess is made on.
inline constexpr size_t kLanguageSample = 100;

// Every language warning of `model`, whose files `source` holds (to place
// each finding at its line and column). `jobs` threads. Spelling runs only
// when the site's language is Dutch (`language: nl`, the default).
SpellingReport check_language(const model::SiteModel& model, const source::Source& source, LanguageTools& tools,
                              int jobs, base::Diagnostics& diagnostics,
                              SpellingFindings findings = SpellingFindings::kLocated);

// "spelling: 12 onbekende woorden …", or "" when there is nothing to say.
std::string spelling_summary(const SpellingReport& report);

// Each unknown word once, most frequent first: "word<TAB>count<TAB>files".
void print_spelling_report(const SpellingReport& report, std::ostream& out);

}  // namespace handboek::language
