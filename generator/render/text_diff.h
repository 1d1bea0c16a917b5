// A readable diff for people, not programmers: two texts as paragraphs,
// compared paragraph by paragraph and, inside a changed paragraph, word by
// word (dtl's O(NP) algorithm, from Debian's libdtl-dev). The result is HTML
// with <del> and <ins> around the words that went and came.
#pragma once

#include <string>
#include <vector>

namespace handboek::render {

struct DiffParagraph {
  std::string html;       // escaped text with <del>/<ins> marks
  bool changed = false;   // false: unchanged context
};

// Only the changed paragraphs, each with the unchanged paragraph before it
// as context where there is one. Empty when the texts are equal.
std::vector<DiffParagraph> diff_paragraphs(const std::vector<std::string>& before,
                                           const std::vector<std::string>& after);

// Word-level diff of one paragraph pair as HTML: the words of `after` with
// single spaces between them, and where they differ first <del>what
// went</del> then <ins>what came</ins>. Whitespace is not compared.
std::string diff_words(const std::string& before, const std::string& after);

}  // namespace handboek::render
