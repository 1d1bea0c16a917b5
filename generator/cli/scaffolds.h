// The templates of `handboek new`: one per page type and one for a form,
// each with the folder it goes in and Dutch placeholder text that passes
// `handboek check` without errors or warnings (tests/integration/new_test
// builds every one).
#pragma once

#include <filesystem>
#include <span>
#include <string>

#include "base/status.h"

namespace handboek::cli {

struct Scaffold {
  const char* type;       // "proces", …, "formulier"
  std::string folder;     // "content/processen/" (relative to the site folder)
  const char* extension;  // ".md" or ".yaml"
  bool nested;            // SLUG may hold folders ("over/werkwijze"): pagina only
  const char* text;       // with {titel}, {slug} and {review} to fill in
  // A page the new file needs beside it, made when missing (a begrip is
  // listed on its folder's _index.md, the glossary page); null: none.
  const char* companion_name = nullptr;
  const char* companion_text = nullptr;
};

std::span<const Scaffold> scaffolds();
const Scaffold* find_scaffold(const std::string& type);
// "proces, gespreksformat, …" for the usage line.
std::string scaffold_type_names();

// The file's text for `slug`: the title is the slug with spaces and a
// capital ("moreel-beraad" → "Moreel beraad").
std::string scaffold_text(const Scaffold& scaffold, const std::string& slug, const std::string& review_date);

// Every `from` in `text` replaced by `to`.
void replace_all(std::string& text, const std::string& from, const std::string& to);

// `text` with {titel}, {slug} and {review} filled in.
std::string fill_in(std::string text, const std::string& title, const std::string& slug, const std::string& review);

// Creates `path` (and the folders above it) with `text`; fails when it
// exists, so a scaffold never overwrites.
base::Status create_new_file(const std::filesystem::path& path, const std::string& text);

// A year from today: a scaffold's review date.
std::string review_date_next_year();

}  // namespace handboek::cli
