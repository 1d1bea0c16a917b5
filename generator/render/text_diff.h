// A readable diff for people, not programmers: two texts as paragraphs,
// compared paragraph by paragraph and, inside a changed paragraph, word by
// word (dtl's O(NP) algorithm, from Debian's libdtl-dev). The result is HTML
// with the theme's marks (DiffMarks: the default theme's <del> and <ins>)
// around the words that went and came. A paragraph
// rewritten beyond recognition (five words or more, fewer than half of them
// kept) is not
// shredded word by word: it comes as its old and new text, to be shown side
// by side.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace handboek::render {

// What goes around the words that went and the words that came (the
// theme's partials diff_removed and diff_added, split at their content).
struct DiffMarks {
  std::string_view removed_open, removed_close, added_open, added_close;
  std::string removed(const std::string& words_html) const;
  std::string added(const std::string& words_html) const;
};

struct DiffParagraph {
  std::string html;          // escaped text with <del>/<ins> marks; "" when rewritten
  bool changed = false;      // false: unchanged context
  bool rewritten = false;    // shown as old beside new instead of `html`:
  std::string old_html;      // the old text, escaped, in one <del>
  std::string new_html;      // the new text, escaped, in one <ins>
  size_t removed_words = 0;  // how many words went and came, for the counts
  size_t added_words = 0;    // above a page's diff
};

// Whether `after` rewrites `before` beyond recognition: the longer has five
// words or more, and the words both keep (in order) are fewer than half of
// them.
bool rewritten_beyond_recognition(const std::string& before, const std::string& after);

// Only the changed paragraphs, each with the unchanged paragraph before it
// as context where there is one. Empty when the texts are equal.
std::vector<DiffParagraph> diff_paragraphs(const std::vector<std::string>& before,
                                           const std::vector<std::string>& after, const DiffMarks& marks);

// Word-level diff of one paragraph pair as HTML: the words of `after` with
// single spaces between them, and where they differ first <del>what
// went</del>, a space, then <ins>what came</ins>. Whitespace is not compared.
std::string diff_words(const std::string& before, const std::string& after, const DiffMarks& marks);

}  // namespace handboek::render
