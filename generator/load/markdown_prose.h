// MarkdownProse: the running text of a Markdown text as plain text, block by
// block, for checks that read language (generator/language): paragraphs,
// headings and table cells with their file positions. Code is left out;
// link texts are kept (they are part of the sentence) but marked, so the
// spelling check can skip them. ```lokaal blocks are prose too; other
// fenced blocks are not. Keeps cmark inside load/.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace handboek::load {

enum class ProseKind { kParagraph, kHeading, kTableCell };

struct ProseBlock {
  ProseKind kind = ProseKind::kParagraph;
  std::string text;  // inline content; line breaks become spaces
  int line = 0;      // file line and column where the block starts
  int column = 0;
  // Byte ranges [first, second) of `text` that came from links or inline code.
  std::vector<std::pair<size_t, size_t>> marked;
};

// Blocks of `markdown`, whose first line is line `first_line` of its file.
std::vector<ProseBlock> extract_prose(std::string_view markdown, int first_line);

}  // namespace handboek::load
