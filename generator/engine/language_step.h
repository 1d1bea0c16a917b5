// The language stage as the commands run it: the dictionaries load on a
// thread of their own while the site loads (hunspell's Dutch dictionary
// takes about two seconds), then the checks read the finished model.
#pragma once

#include <future>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "language/language_check.h"
#include "model/site_model.h"
#include "source/source.h"

namespace handboek::engine {

class LanguageStep {
 public:
  // Starts loading the dictionaries (paths: Debian's, or the environment's
  // HANDBOEK_HYPHENATION / HANDBOEK_DICTIONARY for other installs).
  LanguageStep();

  // Checks `model`.
  language::SpellingReport check(const model::SiteModel& model, const source::Source& source, int jobs,
                                 base::Diagnostics& diagnostics, language::SpellingFindings findings);

  // Why a check is off (no dictionary installed), once the first check ran.
  const std::vector<std::string>& off() const;

 private:
  std::future<language::LanguageTools> loading_;
  std::optional<language::LanguageTools> tools_;
};

}  // namespace handboek::engine
