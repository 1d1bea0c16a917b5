// Splits a Markdown file into its YAML front matter and its body, keeping
// track of line numbers so every later diagnostic points into the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace handboek::load {

struct SplitFile {
  std::string front_matter;   // YAML text between the '---' lines
  int front_matter_line = 2;  // file line of the YAML's first line
  std::string body;           // everything after the closing '---'
  int body_line = 1;          // file line of the body's first line
};

struct SplitError {
  enum class Kind { kNoFrontMatter, kNotClosed };
  Kind kind = Kind::kNoFrontMatter;
  int line = 1;
  std::string message;
};

// The file must start with a line "---"; the front matter ends at the next
// line that is exactly "---" (or "..."). CRLF line ends are accepted.
// On failure returns the error with its line (never throws).
std::optional<SplitFile> split_front_matter(std::string_view file, SplitError* error);

// A file without front matter: all of it is the body (a byte order mark
// removed), the front matter an empty mapping.
SplitFile without_front_matter(std::string_view file);

}  // namespace handboek::load
