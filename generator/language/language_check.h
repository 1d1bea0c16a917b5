// The language stage: reads the SiteModel (after load and model) and reports
// language problems as warnings — client texts above B1 (pages and forms
// with `doelgroep: klant`) and Dutch spelling of page, glossary and form
// texts. It changes nothing; with `strict_language: true` in site.yaml its
// warnings are errors. docs/language.md is the reference.
#pragma once

#include <memory>
#include <optional>
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

// Every language warning of `model`, whose files `source` holds (to place
// each finding at its line and column). `jobs` threads.
void check_language(const model::SiteModel& model, const source::Source& source, LanguageTools& tools, int jobs,
                    base::Diagnostics& diagnostics);

}  // namespace handboek::language
