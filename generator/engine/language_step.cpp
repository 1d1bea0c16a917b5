#include "engine/language_step.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "output/build_cache.h"

namespace handboek::engine {

namespace {

language::DictionaryPaths dictionary_paths() {
  language::DictionaryPaths paths;
  if (const char* hyphenation = std::getenv("HANDBOEK_HYPHENATION")) paths.hyphenation = hyphenation;
  if (const char* dictionary = std::getenv("HANDBOEK_DICTIONARY")) paths.spelling = dictionary;
  return paths;
}

constexpr const char* kRememberedFile = "spelling.txt";

// Whether `cache` is a build cache handboek made.
bool is_build_cache(const std::filesystem::path& cache) {
  std::error_code error;
  return !cache.empty() && std::filesystem::is_regular_file(cache / output::kCacheMarkerFile, error);
}

// The answers of the previous build; "" when there are none (or too many to be ours).
std::string read_remembered(const std::filesystem::path& cache) {
  if (!is_build_cache(cache)) return "";
  const std::filesystem::path file = cache / kRememberedFile;
  std::error_code error;
  if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(file, error)) ||
      std::filesystem::file_size(file, error) > (16u << 20) || error) {
    return "";
  }
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

LanguageStep::LanguageStep(std::filesystem::path cache)
    : cache_(std::move(cache)), remembered_text_(read_remembered(cache_)) {
  loading_ = std::async(std::launch::async,
                        [this] { return language::load_language_tools(dictionary_paths(), remembered_text_); });
}

LanguageStep::~LanguageStep() {
  if (loading_.valid()) loading_.wait();  // it reads remembered_text_
}

language::SpellingReport LanguageStep::check(const model::SiteModel& model, const source::Source& source, int jobs,
                                             base::Diagnostics& diagnostics, language::SpellingFindings findings) {
  if (!tools_) tools_ = loading_.get();
  language::SpellingReport report = language::check_language(model, source, *tools_, jobs, diagnostics, findings);
  // The cache may have been made since the step began (a first build).
  if (tools_->spelling && is_build_cache(cache_)) {
    // Kept for the next build when anything is new; a file of its own,
    // renamed over the old one, so a build that reads it never sees half.
    const std::string text = tools_->spelling->remembered();
    if (text != remembered_text_) {
      // O_EXCL | O_NOFOLLOW: never through a link someone left in the cache folder.
      const std::filesystem::path remembered = cache_ / kRememberedFile;
      const std::filesystem::path fresh = remembered.string() + ".new-" + std::to_string(::getpid());
      const int fd = ::open(fresh.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
      if (fd >= 0) {
        const bool whole = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
        ::close(fd);
        std::error_code ignored;
        if (whole) std::filesystem::rename(fresh, remembered, ignored);
        if (!whole || ignored) std::filesystem::remove(fresh, ignored);
      }
    }
  }
  return report;
}

const std::vector<std::string>& LanguageStep::off() const {
  static const std::vector<std::string> kNone;
  return tools_ ? tools_->off : kNone;
}

}  // namespace handboek::engine
