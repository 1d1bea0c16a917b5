// FindingsMemo: the language findings of each checked text, by a key of
// everything they depend on, remembered between builds in the build cache
// (issue 27): a warm build re-checks only the texts whose file, site or
// dictionaries changed. Pure data: the engine reads and writes its file
// (engine/language_step.cpp).
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace handboek::language {

// What check_language found in one text, before `strict_language`.
struct TextFindings {
  std::vector<base::Diagnostic> found;  // sorted
  std::vector<std::string> unknown;     // unknown words, in text order, repeats kept
  bool not_dutch = false;

  friend bool operator==(const TextFindings&, const TextFindings&) = default;
};

class FindingsMemo {
 public:
  // `salt`: what every finding depends on besides the site and the text
  // (the generator, site.yaml, the dictionaries).
  explicit FindingsMemo(std::string salt) : salt_(std::move(salt)) {}

  // Entries of an earlier dump(); a damaged file is ignored from where it
  // breaks (the texts are checked again).
  void read(std::string_view text);
  // The entries this build recalled or kept, sorted by key: what the next
  // build can use (so the file does not grow with old texts).
  std::string dump() const;

  // The key of one text: `site` (the site-wide inputs of the check), its
  // path and its file's bytes.
  std::string key(std::string_view site, std::string_view path, std::string_view bytes) const;
  // Thread-safe.
  std::optional<TextFindings> recall(const std::string& key);
  void keep(const std::string& key, TextFindings findings);

 private:
  std::string salt_;
  std::mutex mutex_;
  std::map<std::string, TextFindings> earlier_;
  std::map<std::string, TextFindings> used_;
};

}  // namespace handboek::language
