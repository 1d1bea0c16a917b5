#include "engine/language_step.h"

#include <cstdlib>

namespace handboek::engine {

namespace {

language::DictionaryPaths dictionary_paths() {
  language::DictionaryPaths paths;
  if (const char* hyphenation = std::getenv("HANDBOEK_HYPHENATION")) paths.hyphenation = hyphenation;
  if (const char* dictionary = std::getenv("HANDBOEK_DICTIONARY")) paths.spelling = dictionary;
  return paths;
}

}  // namespace

LanguageStep::LanguageStep()
    : loading_(std::async(std::launch::async, [] { return language::load_language_tools(dictionary_paths()); })) {}

language::SpellingReport LanguageStep::check(const model::SiteModel& model, const source::Source& source, int jobs,
                                             base::Diagnostics& diagnostics, language::SpellingFindings findings) {
  if (!tools_) tools_ = loading_.get();
  return language::check_language(model, source, *tools_, jobs, diagnostics, findings);
}

const std::vector<std::string>& LanguageStep::off() const {
  static const std::vector<std::string> kNone;
  return tools_ ? tools_->off : kNone;
}

}  // namespace handboek::engine
