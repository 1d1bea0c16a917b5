#include "engine/language_step.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "engine/release_cache.h"
#include "language/findings_memo.h"

namespace handboek::engine {

namespace {

language::DictionaryPaths dictionary_paths() {
  language::DictionaryPaths paths;
  if (const char* hyphenation = std::getenv("HANDBOEK_HYPHENATION")) paths.hyphenation = hyphenation;
  if (const char* dictionary = std::getenv("HANDBOEK_DICTIONARY")) paths.spelling = dictionary;
  return paths;
}

// The dictionary files as they are now (a package update changes them).
std::string dictionary_fingerprint(const language::DictionaryPaths& paths) {
  std::string text;
  for (const std::string& path :
       {paths.hyphenation, paths.spelling, paths.spelling + ".dic", paths.spelling + ".aff"}) {
    struct stat status {};
    text += path;
    if (::stat(path.c_str(), &status) == 0) {
      text += " " + std::to_string(status.st_size) + " " + std::to_string(status.st_mtim.tv_sec) + "." +
              std::to_string(status.st_mtim.tv_nsec);
    }
    text += "\n";
  }
  return text;
}

}  // namespace

LanguageStep::LanguageStep()
    : loading_(std::async(std::launch::async, [] { return language::load_language_tools(dictionary_paths()); })) {}

language::SpellingReport LanguageStep::check(const model::SiteModel& model, const source::Source& source, int jobs,
                                             base::Diagnostics& diagnostics, language::SpellingFindings findings,
                                             const std::optional<std::filesystem::path>& memo_file,
                                             std::string_view site_yaml) {
  if (!tools_) tools_ = loading_.get();
  if (!memo_file) return language::check_language(model, source, *tools_, jobs, diagnostics, findings);
  language::FindingsMemo memo(generator_fingerprint() + "\n" + dictionary_fingerprint(dictionary_paths()) +
                              std::to_string(site_yaml.size()) + "\n" + std::string(site_yaml));
  {
    std::ifstream in(*memo_file, std::ios::binary);
    if (in) memo.read(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  }
  language::SpellingReport report =
      language::check_language(model, source, *tools_, jobs, diagnostics, findings, &memo);
  // Written beside and renamed over, so a reader never sees half a file; a
  // memo that cannot be written only costs the next build the checks.
  std::error_code error;
  std::filesystem::create_directories(memo_file->parent_path(), error);
  const std::filesystem::path written = memo_file->string() + ".new";
  {
    std::ofstream out(written, std::ios::binary | std::ios::trunc);
    out << memo.dump();
    if (!out.flush()) return report;
  }
  std::filesystem::rename(written, *memo_file, error);
  return report;
}

const std::vector<std::string>& LanguageStep::off() const {
  static const std::vector<std::string> kNone;
  return tools_ ? tools_->off : kNone;
}

}  // namespace handboek::engine
