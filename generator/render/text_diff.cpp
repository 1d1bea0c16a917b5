#include "render/text_diff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <utility>

#include "base/text.h"

namespace handboek::render {

namespace {

// Words without the whitespace between them: "plan." at the end of a
// paragraph and "plan." followed by more words are the same word.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    start = text.find_first_not_of(" \t\n\r", start);
    if (start == std::string::npos) break;
    const size_t end = std::min(text.find_first_of(" \t\n\r", start), text.size());
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

// dtl's memory is bounded without onHuge(), which would only reserve room
// for its largest path (48 MB) on every call: the search stops at that size
// either way.
template <typename Sequence>
auto edit_script(const Sequence& before, const Sequence& after) {
  dtl::Diff<std::string, Sequence> diff(before, after);
  diff.compose();
  return diff.getSes().getSequence();
}

// How many elements both keep, in order (the longest common subsequence),
// from the edit distance alone: no edit path is recorded.
template <typename Sequence>
size_t kept_in_order(const Sequence& before, const Sequence& after) {
  dtl::Diff<std::string, Sequence> diff(before, after);
  diff.onOnlyEditDistance();
  diff.compose();
  return (before.size() + after.size() - static_cast<size_t>(diff.getEditDistance())) / 2;
}

// What went and what came between two unchanged elements. dtl lists the
// deletions and additions of one such stretch in either order; a hunk puts
// them back in the order a reader expects: first what went.
struct Hunk {
  std::vector<std::string> removed;
  std::vector<std::string> added;
  bool empty() const { return removed.empty() && added.empty(); }
};

// Calls `on_common(text)` and `on_hunk(hunk)` in the order of `script`.
template <typename Script, typename OnCommon, typename OnHunk>
void for_each_hunk(const Script& script, OnCommon on_common, OnHunk on_hunk) {
  Hunk hunk;
  for (const auto& [text, info] : script) {
    if (info.type == dtl::SES_COMMON) {
      if (!hunk.empty()) on_hunk(std::exchange(hunk, {}));
      on_common(text);
    } else {
      (info.type == dtl::SES_DELETE ? hunk.removed : hunk.added).push_back(text);
    }
  }
  if (!hunk.empty()) on_hunk(std::move(hunk));
}

std::string join_escaped(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return base::html_escape(text);
}

constexpr size_t kRewriteMinimumWords = 5;

DiffParagraph marked(std::string html, bool changed) {
  DiffParagraph paragraph;
  paragraph.html = std::move(html);
  paragraph.changed = changed;
  return paragraph;
}

// The words both keep, in order, can be no more than the words they share
// counted with multiplicity: when even those are fewer than half, the
// paragraph was rewritten, and no edit script is needed to know it.
bool surely_rewritten(std::vector<std::string> old_words, std::vector<std::string> new_words) {
  std::sort(old_words.begin(), old_words.end());
  std::sort(new_words.begin(), new_words.end());
  size_t shared = 0;
  for (auto a = old_words.begin(), b = new_words.begin(); a != old_words.end() && b != new_words.end();) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++shared, ++a, ++b;
    }
  }
  return shared * 2 < std::max(old_words.size(), new_words.size());
}

using WordScript = decltype(edit_script(std::vector<std::string>(), std::vector<std::string>()));

// rewritten_beyond_recognition on words.
bool rewritten(const std::vector<std::string>& old_words, const std::vector<std::string>& new_words) {
  if (old_words.empty() || new_words.empty()) return false;  // came or went whole
  // A short paragraph (a title, "Wie: klantmanager") reads fine word by word.
  if (std::max(old_words.size(), new_words.size()) < kRewriteMinimumWords) return false;
  if (surely_rewritten(old_words, new_words)) return true;
  return kept_in_order(old_words, new_words) * 2 < std::max(old_words.size(), new_words.size());
}

// What went and what came are separate words, a space apart: run together
// ("StatushouderVergunninghouder") a screen reader reads one new word.
DiffParagraph diff_words_with(const WordScript& script, const DiffMarks& marks) {
  DiffParagraph paragraph;
  std::string& html = paragraph.html;
  const auto append = [&html](const std::string& piece) { html += (html.empty() ? "" : " ") + piece; };
  for_each_hunk(
      script, [&](const std::string& word) { append(base::html_escape(word)); },
      [&](const Hunk& hunk) {
        if (!hunk.removed.empty()) append(marks.removed(join_escaped(hunk.removed)));
        if (!hunk.added.empty()) append(marks.added(join_escaped(hunk.added)));
        paragraph.removed_words += hunk.removed.size();
        paragraph.added_words += hunk.added.size();
      });
  return paragraph;
}

// The n-th paragraph that went and the n-th that came are one edited
// paragraph: word by word, or old beside new when rewritten.
DiffParagraph edited(const std::string& before, const std::string& after, const DiffMarks& marks) {
  const std::vector<std::string> old_words = words(before);
  const std::vector<std::string> new_words = words(after);
  if (!rewritten(old_words, new_words)) {
    DiffParagraph paragraph = diff_words_with(edit_script(old_words, new_words), marks);
    paragraph.changed = true;
    return paragraph;
  }
  DiffParagraph paragraph = marked("", true);
  paragraph.rewritten = true;
  paragraph.removed_words = old_words.size();
  paragraph.added_words = new_words.size();
  paragraph.old_html = marks.removed(join_escaped(old_words));
  paragraph.new_html = marks.added(join_escaped(new_words));
  return paragraph;
}

}  // namespace

bool rewritten_beyond_recognition(const std::string& before, const std::string& after) {
  return rewritten(words(before), words(after));
}

std::string DiffMarks::removed(const std::string& words_html) const {
  return std::string(removed_open) + words_html + std::string(removed_close);
}

std::string DiffMarks::added(const std::string& words_html) const {
  return std::string(added_open) + words_html + std::string(added_close);
}

std::string diff_words(const std::string& before, const std::string& after, const DiffMarks& marks) {
  return diff_words_with(edit_script(words(before), words(after)), marks).html;
}

std::vector<DiffParagraph> diff_paragraphs(const std::vector<std::string>& before,
                                           const std::vector<std::string>& after, const DiffMarks& marks) {
  std::vector<DiffParagraph> out;
  std::string last_common;
  bool context_used = true;
  for_each_hunk(
      edit_script(before, after),
      [&](const std::string& text) {
        last_common = text;
        context_used = false;
      },
      [&](const Hunk& hunk) {
        if (!context_used && !last_common.empty()) out.push_back(marked(base::html_escape(last_common), false));
        context_used = true;
        // Paired paragraphs were edited; the rest went or came whole.
        const size_t pairs = std::min(hunk.removed.size(), hunk.added.size());
        for (size_t i = 0; i < pairs; ++i) out.push_back(edited(hunk.removed[i], hunk.added[i], marks));
        const auto whole = [&out, &marks](const std::string& before, const std::string& after) {
          DiffParagraph paragraph = diff_words_with(edit_script(words(before), words(after)), marks);
          paragraph.changed = true;
          out.push_back(std::move(paragraph));
        };
        for (size_t i = pairs; i < hunk.removed.size(); ++i) whole(hunk.removed[i], "");
        for (size_t i = pairs; i < hunk.added.size(); ++i) whole("", hunk.added[i]);
      });
  return out;
}

}  // namespace handboek::render
