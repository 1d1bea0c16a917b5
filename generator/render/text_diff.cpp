#include "render/text_diff.h"

#include <dtl/dtl.hpp>

#include "base/text.h"

namespace handboek::render {

namespace {

// Words with the whitespace that follows them, so joining gives the text back.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    end = end == std::string::npos ? text.size() : end + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

template <typename Sequence>
auto edit_script(const Sequence& before, const Sequence& after) {
  dtl::Diff<std::string, Sequence> diff(before, after);
  diff.onHuge();  // keeps memory bounded on long pages
  diff.compose();
  return diff.getSes().getSequence();
}

// Runs of the same kind are wrapped once: <del>a b </del> not <del>a </del><del>b </del>.
void append_run(std::string& html, dtl::edit_t kind, const std::string& text) {
  if (text.empty()) return;
  const std::string escaped = base::html_escape(text);
  if (kind == dtl::SES_DELETE) {
    html += "<del>" + escaped + "</del>";
  } else if (kind == dtl::SES_ADD) {
    html += "<ins>" + escaped + "</ins>";
  } else {
    html += escaped;
  }
}

}  // namespace

std::string diff_words(const std::string& before, const std::string& after) {
  std::string html;
  dtl::edit_t run_kind = dtl::SES_COMMON;
  std::string run;
  for (const auto& [word, info] : edit_script(words(before), words(after))) {
    if (info.type != run_kind) {
      append_run(html, run_kind, run);
      run.clear();
      run_kind = info.type;
    }
    run += word;
  }
  append_run(html, run_kind, run);
  return html;
}

std::vector<DiffParagraph> diff_paragraphs(const std::vector<std::string>& before,
                                           const std::vector<std::string>& after) {
  std::vector<DiffParagraph> out;
  const auto script = edit_script(before, after);
  std::string last_common;
  bool context_used = true;
  for (size_t i = 0; i < script.size(); ++i) {
    const auto& [text, info] = script[i];
    if (info.type == dtl::SES_COMMON) {
      last_common = text;
      context_used = false;
      continue;
    }
    if (!context_used && !last_common.empty()) out.push_back({base::html_escape(last_common), false});
    context_used = true;
    // A deleted paragraph followed by an added one is one edited paragraph.
    if (info.type == dtl::SES_DELETE && i + 1 < script.size() && script[i + 1].second.type == dtl::SES_ADD) {
      out.push_back({diff_words(text, script[i + 1].first), true});
      ++i;
    } else {
      out.push_back({info.type == dtl::SES_DELETE ? diff_words(text, "") : diff_words("", text), true});
    }
  }
  return out;
}

}  // namespace handboek::render
